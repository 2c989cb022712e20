namespace AdFlux.Video.Storage;

/// <summary>The one place media keys are made; every part is an id or a fixed name, never user input.</summary>
public static class StorageKeys
{
    public static string Staging(Guid id) => $"staging/{id:N}";

    public static string Session(Guid sessionId) => $"sessions/{sessionId:N}";

    public static string Source(Guid tenantId, Guid videoId, string extension) => $"videos/{tenantId:N}/{videoId:N}/source{extension}";

    public static string JobWork(Guid jobId) => $"work/{jobId:N}";

    public static string Frame(Guid tenantId, Guid videoId, int index) => $"videos/{tenantId:N}/{videoId:N}/frames/f{index:D5}.jpg";

    public static string Variant(Guid tenantId, Guid videoId, Guid clipId, string format) =>
        $"videos/{tenantId:N}/{videoId:N}/clips/{clipId:N}-{format.Replace(':', 'x')}.mp4";

    public static string Thumbnail(Guid tenantId, Guid videoId, Guid clipId) => $"videos/{tenantId:N}/{videoId:N}/clips/{clipId:N}.jpg";
}
