using AdFlux.Contracts.MlDetection;
using AdFlux.MlDetection.Compliance;
using AdFlux.MlDetection.Data;
using AdFlux.MlDetection.Images;
using AdFlux.MlDetection.Imaging;
using AdFlux.ServiceDefaults.Outbox;
using MassTransit;

namespace AdFlux.MlDetection.Consumers;

/// <summary>
/// Scores a stored image against a brand's rules when another service asks over the bus, and
/// answers with <see cref="ComplianceScored"/> through the outbox. It runs with the message's
/// tenant, so another tenant's image id is not found. A request that can never succeed (unknown
/// image, bad rules, an image that does not decode) is logged and dropped rather than retried.
/// </summary>
public sealed class ComplianceScoreRequestedConsumer(
    MlDetectionDbContext db, TimeProvider clock, ImageStore store, ImageDecoder decoder, ComplianceScorer scorer,
    ILogger<ComplianceScoreRequestedConsumer> logger)
    : IdempotentConsumer<ComplianceScoreRequested, MlDetectionDbContext>(db, clock)
{
    protected override async Task HandleAsync(ConsumeContext<ComplianceScoreRequested> context)
    {
        var message = context.Message;
        var brand = message.Rules;
        var rules = new ComplianceRules(brand.Palette, brand.MaxDeltaE, null, brand.MinLogoWidthRatio, brand.MinTextHeightRatio, brand.MinContrast, brand.Platform, brand.LogoImageId);
        var errors = new Dictionary<string, string[]>();
        var palette = RulesValidation.Validate(rules, errors);
        if (errors.Count > 0)
        {
            logger.LogWarning("Compliance request {EventId} not scored: invalid rules {Fields}", message.EventId, string.Join(", ", errors.Keys));
            return;
        }
        if (await store.FindAsync(Db, message.ImageId, context.CancellationToken) is not { } image)
        {
            logger.LogWarning("Compliance request {EventId} not scored: tenant {TenantId} has no stored image {ImageId}", message.EventId, message.TenantId, message.ImageId);
            return;
        }
        byte[]? logoBytes = null;
        if (brand.LogoImageId is { } logoId)
        {
            if (await store.FindAsync(Db, logoId, context.CancellationToken) is not { } logoImage)
            {
                logger.LogWarning("Compliance request {EventId} not scored: tenant {TenantId} has no stored logo image {ImageId}", message.EventId, message.TenantId, logoId);
                return;
            }
            logoBytes = logoImage.Bytes;
        }
        try
        {
            using var bitmap = decoder.Decode(image.Bytes, "imageId");
            using var logo = logoBytes is null ? null : decoder.Decode(logoBytes, "rules.logoImageId");
            var result = await scorer.ScoreAsync(bitmap, logo, palette, rules, context.CancellationToken);
            Db.AddEvent(ComplianceScoredEvent.Of(message.TenantId, Clock.GetUtcNow(), message.SubjectType, message.SubjectId, result, message.ImageId), Clock);
        }
        catch (ImageRejectedException rejected)
        {
            logger.LogWarning("Compliance request {EventId} not scored: {Field} {Reason}", message.EventId, rejected.Field, rejected.Message);
        }
    }
}
