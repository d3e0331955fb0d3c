package mai.launcher.core.local.internal.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.osgi.util.NLS;

import mai.launcher.core.FileTrees;
import mai.launcher.core.local.internal.Messages;
import mai.launcher.deployment.api.DeployException;

/**
 * Clones and updates MaiBot's repositories with JGit: shallow by default, at a tag, a branch or the newest release.
 * A clone is marked complete only once it is; a clone an earlier run left half done is removed and made again, and a
 * complete one is updated in place (fetch and checkout), which keeps the untracked config and data.
 */
public final class GitRepositories {

    /** Written into {@code .git/} once a clone is complete. */
    static final String COMPLETE_MARKER = "mai-clone-complete"; //$NON-NLS-1$
    private static final int TIMEOUT_SECONDS = 60;

    /** A ref resolved against the remote. */
    public record Resolved(String name, String fullName, boolean tag) {
    }

    /** What was checked out. */
    public record Checkout(String ref, String commit) {
    }

    private GitRepositories() {
    }

    /**
     * @param url the repository
     * @param ref a tag, a branch, or {@code latest} for the newest release tag
     * @return the ref as the remote has it
     * @throws DeployException when the repository cannot be reached or has no such ref
     */
    public static Resolved resolve(String url, String ref) throws DeployException {
        Collection<Ref> refs;
        try {
            refs = Git.lsRemoteRepository().setRemote(url).setTags(true).setHeads(true).setTimeout(TIMEOUT_SECONDS)
                    .call();
        } catch (GitAPIException e) {
            throw unreachable(url, e);
        }
        List<String> tags = refs.stream().map(Ref::getName).filter(n -> n.startsWith(Constants.R_TAGS))
                .map(n -> n.substring(Constants.R_TAGS.length())).filter(n -> !n.endsWith("^{}")).toList(); //$NON-NLS-1$
        if ("latest".equals(ref)) { //$NON-NLS-1$
            String newest = Versions.newest(tags.stream()).orElseThrow(
                    () -> new DeployException(NLS.bind(Messages.gitNoReleases, url)));
            return new Resolved(newest, Constants.R_TAGS + newest, true);
        }
        if (tags.contains(ref)) {
            return new Resolved(ref, Constants.R_TAGS + ref, true);
        }
        if (refs.stream().anyMatch(r -> r.getName().equals(Constants.R_HEADS + ref))) {
            return new Resolved(ref, Constants.R_HEADS + ref, false);
        }
        String some = String.join(", ", tags.stream().filter(Versions::isRelease).sorted().toList().reversed() //$NON-NLS-1$
                .stream().limit(8).toList());
        throw new DeployException(NLS.bind(Messages.gitNoSuchRef, new Object[] { ref, url, some.isEmpty() ? "-" : some })); //$NON-NLS-1$
    }

    /**
     * Clones the repository into a folder, or updates the clone already there.
     *
     * @param url     the repository
     * @param ref     the resolved ref
     * @param folder  the clone's folder
     * @param shallow whether to fetch only the ref's last commit
     * @param log     receives progress lines
     * @param monitor progress and cancellation
     * @return what is checked out
     * @throws DeployException when the clone or update fails
     */
    public static Checkout cloneOrUpdate(String url, Resolved ref, Path folder, boolean shallow, Consumer<String> log,
            IProgressMonitor monitor) throws DeployException {
        Path git = folder.resolve(Constants.DOT_GIT);
        if (Files.exists(folder) && !Files.exists(git.resolve(COMPLETE_MARKER))) {
            log.accept(NLS.bind(Messages.gitRemovingHalfClone, folder));
            try {
                FileTrees.deleteRecursively(folder, null);
            } catch (IOException e) {
                throw new DeployException(NLS.bind(Messages.folderNotRemoved, folder, e.getMessage()), e);
            }
        }
        try {
            return Files.exists(folder) ? update(url, ref, folder, shallow, log, monitor)
                    : fresh(url, ref, folder, shallow, log, monitor);
        } catch (GitAPIException | IOException e) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            throw unreachable(url, e);
        }
    }

    private static Checkout fresh(String url, Resolved ref, Path folder, boolean shallow, Consumer<String> log,
            IProgressMonitor monitor) throws GitAPIException, IOException {
        log.accept(NLS.bind(Messages.gitCloning, new Object[] { url, ref.name(), folder }));
        var clone = Git.cloneRepository().setURI(url).setDirectory(folder.toFile()).setBranch(ref.fullName())
                .setCloneAllBranches(false).setBranchesToClone(List.of(ref.fullName())).setTimeout(TIMEOUT_SECONDS)
                .setProgressMonitor(new JGitProgress(monitor, log, folder.resolve(Constants.DOT_GIT)));
        if (shallow) {
            clone.setDepth(1);
        }
        try (Git git = clone.call()) {
            Files.writeString(folder.resolve(Constants.DOT_GIT).resolve(COMPLETE_MARKER), ref.fullName());
            return checkedOut(git, ref);
        }
    }

    private static Checkout update(String url, Resolved ref, Path folder, boolean shallow, Consumer<String> log,
            IProgressMonitor monitor) throws GitAPIException, IOException, DeployException {
        log.accept(NLS.bind(Messages.gitUpdating, folder, ref.name()));
        try (Git git = Git.open(folder.toFile())) {
            String local = ref.tag() ? ref.fullName() : Constants.R_REMOTES + "origin/" + ref.name(); //$NON-NLS-1$
            var fetch = git.fetch().setRemote(url).setRefSpecs(new RefSpec("+" + ref.fullName() + ":" + local)) //$NON-NLS-1$ //$NON-NLS-2$
                    .setTimeout(TIMEOUT_SECONDS)
                    .setProgressMonitor(new JGitProgress(monitor, log, folder.resolve(Constants.DOT_GIT)));
            if (shallow) {
                fetch.setDepth(1);
            }
            fetch.call();
            try {
                if (ref.tag()) {
                    git.checkout().setName(ref.fullName()).call();
                } else {
                    git.checkout().setName(ref.name()).setCreateBranch(!branchExists(git, ref.name()))
                            .setStartPoint(local).setForced(false).call();
                    git.reset().setRef(local).call();
                }
            } catch (CheckoutConflictException e) {
                throw new DeployException(NLS.bind(Messages.gitLocalChanges, folder, String.join(", ", e.getConflictingPaths())), e); //$NON-NLS-1$
            }
            return checkedOut(git, ref);
        }
    }

    private static boolean branchExists(Git git, String name) throws IOException {
        return git.getRepository().findRef(Constants.R_HEADS + name) != null;
    }

    private static Checkout checkedOut(Git git, Resolved ref) throws IOException {
        ObjectId head = git.getRepository().resolve(Constants.HEAD);
        return new Checkout(ref.name(), head == null ? "" : head.name()); //$NON-NLS-1$
    }

    /**
     * @param folder a clone made by {@link #cloneOrUpdate}
     * @return whether it is complete
     */
    public static boolean complete(Path folder) {
        return Files.exists(folder.resolve(Constants.DOT_GIT).resolve(COMPLETE_MARKER));
    }

    private static DeployException unreachable(String url, Exception e) {
        String reason = Optional.ofNullable(e.getCause()).map(Throwable::getMessage).orElse(e.getMessage());
        if (e instanceof TransportException && reason != null && reason.contains("not authorized")) { //$NON-NLS-1$
            return new DeployException(NLS.bind(Messages.gitNotFound, url), e);
        }
        return new DeployException(NLS.bind(Messages.gitUnreachable, url, reason), e);
    }
}
