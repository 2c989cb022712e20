using AdFlux.ServiceDefaults.Tenancy;

namespace AdFlux.Video.Domain;

/// <summary>A chunked upload in progress; its bytes so far are in the store's staging area.</summary>
public sealed class UploadSession : ITenantOwned
{
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public Guid? ClientProfileId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long TotalBytes { get; set; }

    public long ReceivedBytes { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
