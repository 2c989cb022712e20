using System.Diagnostics;
using AdFlux.MlDetection.Imaging;
using AdFlux.MlDetection.Models;
using SkiaSharp;

namespace AdFlux.MlDetection.Detection;

/// <summary>Objects in an image with NanoDet-g (stretched, RGB/255) or a user's YOLOv8 export (letterboxed, grey 114, RGB/255).</summary>
public sealed class ObjectDetector(ModelCatalog catalog, InferenceGate gate)
{
    public const string DefaultModel = "nanodet-g";
    private static readonly float[] Zero = [0, 0, 0];
    private static readonly float[] One = [1, 1, 1];

    /// <summary>The least decoded size the model's input needs from an image of <paramref name="source"/> size.</summary>
    public static SKSizeI Needs(ModelDescriptor model, SKSizeI source) => model.Task == ModelTasks.YoloV8
        ? ImageTensor.LetterboxNeeds(source, model.InputSize[0], model.InputSize[1])
        : ImageTensor.StretchNeeds(source, model.InputSize[0], model.InputSize[1]);

    public async Task<DetectionResult> DetectAsync(SKBitmap image, ModelDescriptor model, DetectionThresholds thresholds, CancellationToken cancellationToken)
    {
        var session = catalog.Session(model);
        var width = model.InputSize[0];
        var height = model.InputSize[1];
        var started = Stopwatch.GetTimestamp();
        var yolo = model.Task == ModelTasks.YoloV8;
        var (input, placement) = yolo
            ? ImageTensor.Letterbox(image, width, height, new SKColor(114, 114, 114))
            : ImageTensor.Stretch(image, width, height);
        float[] tensor;
        using (input)
        {
            tensor = ImageTensor.ToChw(input, Zero, One);
        }
        var preprocess = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var (outputs, inference) = await gate.RunAsync(session, tensor, [1, 3, height, width], cancellationToken);
        started = Stopwatch.GetTimestamp();
        List<Finding> findings;
        if (yolo)
        {
            var (data, shape) = outputs[session.OutputNames[0]];
            findings = YoloV8Decoder.Decode(data, shape, model.Labels, placement, image.Width, image.Height, thresholds);
        }
        else
        {
            findings = NanoDetDecoder.Decode(outputs, width, model.Labels, placement, image.Width, image.Height, thresholds);
        }
        return new DetectionResult(findings, preprocess, inference, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
