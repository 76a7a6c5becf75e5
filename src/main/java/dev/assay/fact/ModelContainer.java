package dev.assay.fact;

/**
 * One container of a {@link SageMakerModel} ({@code PrimaryContainer} or an entry of {@code
 * Containers}); not judged on its own.
 *
 * @param containerName the {@code ContainerHostname}, or the image when AWS gives no host name
 * @param repositoryAccessMode {@code ImageConfig.RepositoryAccessMode} ({@code Platform} or {@code
 *     Vpc}); {@code Platform} when AWS leaves it out, as that is its default
 */
public record ModelContainer(String modelArn, String containerName, String repositoryAccessMode) {}
