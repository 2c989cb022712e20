using System.Diagnostics;
using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Imaging;
using AdFlux.MlDetection.Models;
using SkiaSharp;

namespace AdFlux.MlDetection.Faces;

/// <summary>Faces with BlazeFace: the image letterboxed onto black (-1 after scaling), RGB in [-1, 1].</summary>
public sealed class FaceDetector(ModelCatalog catalog, InferenceGate gate)
{
    public const string DefaultModel = "blazeface-back";

    /// <summary>The least decoded size the model's input needs from an image of <paramref name="source"/> size.</summary>
    public static SKSizeI Needs(ModelDescriptor model, SKSizeI source) => ImageTensor.LetterboxNeeds(source, model.InputSize[0], model.InputSize[0]);

    public async Task<DetectionResult> DetectAsync(SKBitmap image, ModelDescriptor model, DetectionThresholds thresholds, CancellationToken cancellationToken)
    {
        var session = catalog.Session(model);
        var size = model.InputSize[0];
        var started = Stopwatch.GetTimestamp();
        var (input, placement) = ImageTensor.Letterbox(image, size, size, SKColors.Black);
        float[] tensor;
        using (input)
        {
            tensor = ImageTensor.ToHwcSigned(input);
        }
        var preprocess = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var (outputs, inference) = await gate.RunAsync(session, tensor, [1, size, size, 3], cancellationToken);
        started = Stopwatch.GetTimestamp();
        var faces = BlazeFaceDecoder.Decode(outputs, size, placement, image.Width, image.Height, thresholds);
        return new DetectionResult(faces, preprocess, inference, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
