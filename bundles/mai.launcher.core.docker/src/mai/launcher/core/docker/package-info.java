/**
 * The Docker engine as the launcher sees it: its identity, images, a compose project's containers, their logs,
 * resource use and events. No docker-java type appears here.
 */
package mai.launcher.core.docker;
