namespace AdFlux.AppHost.Infrastructure;

public sealed class PrerequisiteMissingException(string message) : Exception(message);
