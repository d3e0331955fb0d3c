package mai.launcher.examples.podman;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import mai.launcher.deployment.api.DeployContext;
import mai.launcher.deployment.api.DeployException;
import mai.launcher.deployment.api.DeployStep;

/** The steps of a Podman deployment. Each finds what an earlier run left and continues from it (Retry). */
final class PodmanSteps {

    private static final long PULL_TIMEOUT_SECONDS = 1800;

    private PodmanSteps() {
    }

    private static void checkCancel(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** Checks that Podman answers. */
    record CheckEngine(Podman podman) implements DeployStep {
        @Override
        public String id() {
            return "engine"; //$NON-NLS-1$
        }

        @Override
        public String label(Locale locale) {
            return Texts.of(locale, "Checking Podman", "正在检查 Podman"); //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
            Podman.Result info = podman.run(60, "info", "--format", "{{.Version.Version}}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            if (!info.ok()) {
                throw new DeployException(Texts.of("Podman does not answer (" + info.output() //$NON-NLS-1$
                        + "); install it or start its service, then retry.", //$NON-NLS-1$
                        "Podman 没有响应（" + info.output() + "）；请安装或启动它，然后重试。")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            context.info("Podman " + info.output()); //$NON-NLS-1$
            context.remember("podman.version", info.output()); //$NON-NLS-1$
        }
    }

    /** Pulls MaiBot's image (a no-op when it is there). */
    record PullImage(Podman podman, PodmanInstance instance) implements DeployStep {
        @Override
        public String id() {
            return "image"; //$NON-NLS-1$
        }

        @Override
        public String label(Locale locale) {
            return Texts.of(locale, "Pulling MaiBot's image", "正在拉取 MaiBot 镜像"); //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public int weight() {
            return 10;
        }

        @Override
        public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
            checkCancel(monitor);
            if (podman.run(60, "image", "exists", instance.image()).ok()) { //$NON-NLS-1$ //$NON-NLS-2$
                return;
            }
            Podman.Result pull = podman.run(PULL_TIMEOUT_SECONDS, "pull", instance.image()); //$NON-NLS-1$
            if (!pull.ok()) {
                throw new DeployException(Texts.of("The image " + instance.image() + " could not be pulled: " //$NON-NLS-1$ //$NON-NLS-2$
                        + pull.output(), "无法拉取镜像 " + instance.image() + "：" + pull.output())); //$NON-NLS-1$ //$NON-NLS-2$
            }
            context.remember(PodmanInstance.IMAGE_OPTION, instance.image());
        }
    }

    /** Creates the container (kept when it exists), publishing MaiBot's port on 127.0.0.1 only. */
    record CreateContainer(Podman podman, PodmanInstance instance) implements DeployStep {
        @Override
        public String id() {
            return "container"; //$NON-NLS-1$
        }

        @Override
        public String label(Locale locale) {
            return Texts.of(locale, "Creating the container", "正在创建容器"); //$NON-NLS-1$ //$NON-NLS-2$
        }

        @Override
        public void run(DeployContext context, IProgressMonitor monitor) throws DeployException {
            checkCancel(monitor);
            if (podman.run(60, "container", "exists", instance.container()).ok()) { //$NON-NLS-1$ //$NON-NLS-2$
                return;
            }
            try {
                Files.createDirectories(instance.dataFolder());
            } catch (IOException e) {
                throw new DeployException(Texts.of("The folder " + instance.dataFolder() + " cannot be made: " //$NON-NLS-1$ //$NON-NLS-2$
                        + e.getMessage(), "无法创建文件夹 " + instance.dataFolder() + "：" + e.getMessage()), e); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Podman.Result create = podman.run(120, "create", "--name", instance.container(), //$NON-NLS-1$ //$NON-NLS-2$
                    "-p", "127.0.0.1:" + instance.port() + ":8000", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    "-v", instance.dataFolder() + ":/MaiMBot/data:Z", instance.image()); //$NON-NLS-1$ //$NON-NLS-2$
            if (!create.ok()) {
                throw new DeployException(Texts.of("The container could not be created: " + create.output(), //$NON-NLS-1$
                        "无法创建容器：" + create.output())); //$NON-NLS-1$
            }
            context.remember("podman.container", instance.container()); //$NON-NLS-1$
        }
    }
}
