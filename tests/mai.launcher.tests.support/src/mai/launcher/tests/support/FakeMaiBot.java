package mai.launcher.tests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.Daemon;
import org.eclipse.jgit.transport.URIish;

/**
 * MaiBot's and the adapter's repositories, made in the test and served over git:// on loopback by JGit's daemon,
 * with a folder of wheels for their requirements: what a local deployment needs, without GitHub or PyPI.
 * <p>
 * MaiBot's repository has the tags {@value #V0} (a 0.x layout: config templates, a separate adapter) and
 * {@value #V1} (a 1.x layout), and {@value #NEEDS_NEW_PYTHON}, whose {@code requires-python} no Python meets. Its
 * {@code bot.py} is {@code fakebot/bot.py}: it checks the EULA as MaiBot does, listens on its port, echoes what is
 * typed, and stops on Ctrl+C.
 */
public final class FakeMaiBot implements AutoCloseable {

    /** A 0.x release. */
    public static final String V0 = "0.12.3"; //$NON-NLS-1$
    /** A 1.x release, the newest. */
    public static final String V1 = "1.2.1"; //$NON-NLS-1$
    /** A tag that requires Python 3.99. */
    public static final String NEEDS_NEW_PYTHON = "needs-python-3.99"; //$NON-NLS-1$
    /** The adapter's release. */
    public static final String ADAPTER = "0.1.3"; //$NON-NLS-1$
    /** The EULA's text, with Windows line endings (MaiBot hashes it with universal newlines). */
    public static final String EULA = "# MaiBot EULA\r\n\r\nUse MaiBot responsibly.\r\n"; //$NON-NLS-1$
    /** The privacy terms' text. */
    public static final String PRIVACY = "# Privacy\n\nMaiBot keeps your chats on your computer.\n"; //$NON-NLS-1$

    private static final PersonIdent AUTHOR = new PersonIdent("MAI Launcher tests", "tests@localhost"); //$NON-NLS-1$ //$NON-NLS-2$

    private final Path root;
    private final Daemon daemon;

    private FakeMaiBot(Path root) throws IOException, GitAPIException {
        this.root = root;
        Path repos = Files.createDirectories(root.resolve("repos")); //$NON-NLS-1$
        buildMaiBot(repos.resolve("MaiBot.git")); //$NON-NLS-1$
        buildAdapter(repos.resolve("MaiBot-Napcat-Adapter.git")); //$NON-NLS-1$
        writeWheel(Files.createDirectories(root.resolve("wheels"))); //$NON-NLS-1$
        daemon = new Daemon(new InetSocketAddress("127.0.0.1", 0)); //$NON-NLS-1$
        daemon.getService("git-upload-pack").setEnabled(true); //$NON-NLS-1$
        daemon.setRepositoryResolver((request, name) -> {
            Path repository = repos.resolve(name.replaceFirst("^/", "")).normalize(); //$NON-NLS-1$ //$NON-NLS-2$
            if (!repository.startsWith(repos) || !Files.isDirectory(repository)) {
                throw new RepositoryNotFoundException(name);
            }
            try {
                return new FileRepositoryBuilder().setGitDir(repository.toFile()).setMustExist(true).build();
            } catch (IOException e) {
                throw new RepositoryNotFoundException(name, e);
            }
        });
        daemon.start();
    }

    /** @return the repositories, served until closed */
    public static FakeMaiBot create() {
        try {
            return new FakeMaiBot(Files.createTempDirectory("fake-maibot-")); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return MaiBot's repository URL */
    public String maibotUrl() {
        return "git://127.0.0.1:" + daemon.getAddress().getPort() + "/MaiBot.git"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the adapter's repository URL */
    public String adapterUrl() {
        return "git://127.0.0.1:" + daemon.getAddress().getPort() + "/MaiBot-Napcat-Adapter.git"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the folder holding the wheel of the bots' one requirement, {@code fakedep} */
    public Path wheels() {
        return root.resolve("wheels"); //$NON-NLS-1$
    }

    private void buildMaiBot(Path bare) throws IOException, GitAPIException {
        Path work = root.resolve("work-maibot"); //$NON-NLS-1$
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) { //$NON-NLS-1$
            Map<String, String> files = new LinkedHashMap<>();
            files.put("bot.py", resource("fakebot/bot.py")); //$NON-NLS-1$ //$NON-NLS-2$
            files.put("flood.py", resource("fakebot/flood.py")); //$NON-NLS-1$ //$NON-NLS-2$
            files.put("requirements.txt", "fakedep==1.0\n"); //$NON-NLS-1$ //$NON-NLS-2$
            files.put("EULA.md", EULA); //$NON-NLS-1$
            files.put("PRIVACY.md", PRIVACY); //$NON-NLS-1$
            files.put(".gitignore", "config/\ndata/\n.env\neula.confirmed\nprivacy.confirmed\n"); //$NON-NLS-1$ //$NON-NLS-2$
            files.put("template/bot_config_template.toml", "[inner]\nversion = \"0.12.3\"\n\n[bot]\nqq_account = 0\n"); //$NON-NLS-1$ //$NON-NLS-2$
            files.put("template/template.env", "# MaiBot 0.x\nHOST=127.0.0.1\nPORT=8000\n"); //$NON-NLS-1$ //$NON-NLS-2$
            commit(git, work, files, V0);
            Files.walk(work.resolve("template")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); //$NON-NLS-1$
            git.rm().addFilepattern("template").call(); //$NON-NLS-1$
            commit(git, work, Map.of("pyproject.toml", //$NON-NLS-1$
                    "[project]\nname = \"maibot\"\nversion = \"1.2.1\"\nrequires-python = \">=3.10\"\n"), V1); //$NON-NLS-1$
            git.checkout().setName("needs-new-python").setCreateBranch(true).call(); //$NON-NLS-1$
            commit(git, work, Map.of("pyproject.toml", //$NON-NLS-1$
                    "[project]\nname = \"maibot\"\nversion = \"9.9.9\"\nrequires-python = \">=3.99\"\n"), NEEDS_NEW_PYTHON); //$NON-NLS-1$
            push(git, bare);
        }
    }

    private void buildAdapter(Path bare) throws IOException, GitAPIException {
        Path work = root.resolve("work-adapter"); //$NON-NLS-1$
        try (Git git = Git.init().setDirectory(work.toFile()).setInitialBranch("main").call()) { //$NON-NLS-1$
            Map<String, String> files = new LinkedHashMap<>();
            files.put("main.py", resource("fakebot/adapter_main.py")); //$NON-NLS-1$ //$NON-NLS-2$
            files.put("requirements.txt", "fakedep==1.0\n"); //$NON-NLS-1$ //$NON-NLS-2$
            files.put("template/template_config.toml", //$NON-NLS-1$
                    "[napcat_server]\nhost = \"localhost\"\nport = 8095\n\n[maibot_server]\nhost = \"localhost\"\nport = 8000\n"); //$NON-NLS-1$
            commit(git, work, files, ADAPTER);
            push(git, bare);
        }
    }

    private static void commit(Git git, Path work, Map<String, String> files, String tag)
            throws IOException, GitAPIException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = work.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        git.add().addFilepattern(".").call(); //$NON-NLS-1$
        git.commit().setMessage("release " + tag).setAuthor(AUTHOR).setCommitter(AUTHOR).call(); //$NON-NLS-1$
        git.tag().setName(tag).setAnnotated(false).call();
    }

    private static void push(Git git, Path bare) throws GitAPIException, IOException {
        try (Repository repository = new FileRepositoryBuilder().setGitDir(bare.toFile()).build()) {
            repository.create(true);
        }
        git.push().setRemote(new URIish(bare.toUri().toURL()).toString()).setPushAll().setPushTags().call();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FakeMaiBot.class.getResourceAsStream("/" + name)) { //$NON-NLS-1$
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes a pure-Python wheel {@code fakedep-1.0}, made here byte by byte: pip installs it offline. */
    private static void writeWheel(Path folder) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("fakedep/__init__.py", "VERSION = \"1.0\"\n".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
        files.put("fakedep-1.0.dist-info/METADATA", //$NON-NLS-1$
                "Metadata-Version: 2.1\nName: fakedep\nVersion: 1.0\n".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
        files.put("fakedep-1.0.dist-info/WHEEL", ("Wheel-Version: 1.0\nGenerator: mai-launcher-tests\n" //$NON-NLS-1$ //$NON-NLS-2$
                + "Root-Is-Purelib: true\nTag: py3-none-any\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
        StringBuilder record = new StringBuilder();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            record.append(file.getKey()).append(",sha256=").append(sha256(file.getValue())).append(',') //$NON-NLS-1$
                    .append(file.getValue().length).append('\n');
        }
        record.append("fakedep-1.0.dist-info/RECORD,,\n"); //$NON-NLS-1$
        files.put("fakedep-1.0.dist-info/RECORD", record.toString().getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
        ByteArrayOutputStream wheel = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(wheel)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        Files.write(folder.resolve("fakedep-1.0-py3-none-any.whl"), wheel.toByteArray()); //$NON-NLS-1$
    }

    private static String sha256(byte[] content) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(content)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        daemon.stop();
        DataFolderFixture.deleteRecursively(root);
    }
}
