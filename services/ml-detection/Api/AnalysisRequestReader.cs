using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AdFlux.MlDetection.Api;

/// <summary>Reads an <see cref="AnalysisRequest"/> from multipart or JSON, collecting field errors for a 400.</summary>
public sealed class AnalysisRequestReader(IOptions<MlDetectionOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(AnalysisRequest? Request, Dictionary<string, string[]> Errors)> ReadAsync(HttpRequest http, bool batch, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var field = batch ? "images" : "image";
        AnalysisRequest? request = null;
        IFormCollection? form = null;
        if (http.HasFormContentType)
        {
            try
            {
                form = await http.ReadFormAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException)
            {
                errors["body"] = [$"The multipart body is malformed: {exception.Message}"];
            }
        }
        if (form is not null)
        {
            var images = new List<ImageUpload>();
            foreach (var file in form.Files.Where(f => f.Name is "image" or "images"))
            {
                using var stream = new MemoryStream();
                await file.CopyToAsync(stream, cancellationToken);
                images.Add(new ImageUpload($"{field}[{images.Count}]", stream.ToArray()));
            }
            var ids = form[batch ? "imageIds" : "imageId"];
            for (var i = 0; i < ids.Count; i++)
            {
                var name = batch ? $"imageIds[{i}]" : "imageId";
                if (Guid.TryParse(ids[i], out var id))
                {
                    images.Add(new ImageUpload(name, ReadOnlyMemory<byte>.Empty, id));
                }
                else
                {
                    errors[name] = ["An image id is a GUID from an earlier analysis or a sampled frame."];
                }
            }
            request = new AnalysisRequest(images, form["model"].FirstOrDefault(),
                Number(form["confidence"].FirstOrDefault(), "confidence", errors), Number(form["iou"].FirstOrDefault(), "iou", errors));
        }
        else if (http.HasFormContentType)
        {
            // Malformed multipart: reported above.
        }
        else if (http.HasJsonContentType())
        {
            AnalysisJson? body = null;
            try
            {
                body = await http.ReadFromJsonAsync<AnalysisJson>(Json, cancellationToken);
            }
            catch (JsonException exception)
            {
                errors["body"] = [$"The JSON body is malformed: {exception.Message}"];
            }
            if (body is not null)
            {
                var encoded = body.Images ?? (body.Image is null ? [] : [body.Image]);
                var images = new List<ImageUpload>();
                for (var i = 0; i < encoded.Count; i++)
                {
                    var name = body.Images is null ? "image" : $"images[{i}]";
                    try
                    {
                        images.Add(new ImageUpload(name, Convert.FromBase64String(encoded[i] ?? "")));
                    }
                    catch (FormatException)
                    {
                        errors[name] = ["The image must be base64."];
                    }
                }
                var ids = body.ImageIds ?? (body.ImageId is { } one ? [one] : []);
                for (var i = 0; i < ids.Count; i++)
                {
                    images.Add(new ImageUpload(body.ImageIds is null ? "imageId" : $"imageIds[{i}]", ReadOnlyMemory<byte>.Empty, ids[i]));
                }
                request = new AnalysisRequest(images, body.Model, body.Confidence, body.IoU);
            }
        }
        else
        {
            errors["body"] = ["Send multipart/form-data with an image file, or JSON with a base64 image."];
        }

        if (request is not null)
        {
            var limit = batch ? options.Value.MaxBatchImages : 1;
            if (request.Images.Count == 0)
            {
                errors[field] = [batch ? "At least one image (or imageIds) is required." : "An image (or an imageId) is required."];
            }
            else if (request.Images.Count > limit)
            {
                errors[field] = [batch ? $"At most {limit} images per batch." : "Send one image or one imageId; POST /api/ml/detect/batch takes several."];
            }
            if (request.Confidence is { } confidence && confidence is <= 0 or > 1)
            {
                errors["confidence"] = ["confidence must be in (0, 1]."];
            }
            if (request.IoU is { } iou && iou is <= 0 or > 1)
            {
                errors["iou"] = ["iou must be in (0, 1]."];
            }
        }
        return (errors.Count == 0 ? request : null, errors);
    }

    private static float? Number(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        errors[name] = [$"{name} must be a number."];
        return null;
    }
}
