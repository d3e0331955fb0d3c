package mai.launcher.core;

/**
 * The payload of {@link Topics#PROVIDER_CHANGED}.
 *
 * @param providerId the provider's id
 * @param removed    whether it was removed
 * @since 0.1
 */
public record ProviderEvent(long providerId, boolean removed) {
}
