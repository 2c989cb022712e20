using System.Diagnostics;
using AdFlux.MlDetection.Detection;
using AdFlux.MlDetection.Models;
using SkiaSharp;

namespace AdFlux.MlDetection.Tests;

[Collection(EnginesCollection.Name)]
public sealed class YoloV8Tests(EnginesFixture engines)
{
    /// <summary>Generates the tiny YOLOv8-format model (python3-onnx) into the fixture's user folder.</summary>
    public static async Task<string> DropTinyModelAsync(string folder, string name)
    {
        Directory.CreateDirectory(Path.Combine(folder, name));
        var path = Path.Combine(folder, name, "model.onnx");
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", [Path.Combine(AppContext.BaseDirectory, "make_yolov8_model.py"), path]) { RedirectStandardError = true })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return path;
    }

    [Fact]
    public async Task A_dropped_yolov8_model_is_listed_with_its_metadata_labels_and_decoded_with_letterbox_and_class_wise_nms()
    {
        var catalog = engines.Get<ModelCatalog>();
        await DropTinyModelAsync(catalog.UserModelsPath, "tiny-yolo");
        // 128×64 letterboxed into 64×64: scale 0.5, 16 px of padding above and below.
        using var image = new SKBitmap(128, 64);
        image.Erase(SKColors.CornflowerBlue);

        var model = catalog.Require("tiny-yolo");
        var result = await engines.Get<ObjectDetector>().DetectAsync(image, model, new DetectionThresholds(0.5f, 0.5f), CancellationToken.None);

        Assert.Equal(ModelTasks.YoloV8, model.Task);
        Assert.Equal(["logo", "button"], model.Labels);
        Assert.Equal("8.0.0-test", model.Version);
        Assert.Equal([64, 64], model.InputSize);
        Assert.Contains(catalog.All(), m => m.Name == "tiny-yolo");
        Assert.Equal(2, result.Findings.Count);
        var logo = Assert.Single(result.Findings, f => f.Label == "logo");
        var button = Assert.Single(result.Findings, f => f.Label == "button");
        Assert.Equal(0.9f, logo.Confidence, 4);
        Assert.Equal(0.7f, button.Confidence, 4);
        // Input box 15..25 × 35..45 → source ((15-0)/0.5, (35-16)/0.5) = (30, 38), 20 × 20.
        Assert.Equal(new PixelBox(30, 38, 20, 20), logo.Box);
        Assert.Equal(logo.Box, button.Box);
    }

    [Fact]
    public void Nms_keeps_overlapping_boxes_of_different_classes_and_the_best_of_each_overlapping_group()
    {
        var a = new Finding("a", 0.9f, new PixelBox(0, 0, 10, 10), 0);
        var a2 = new Finding("a", 0.8f, new PixelBox(1, 0, 10, 10), 0);
        var far = new Finding("a", 0.6f, new PixelBox(50, 50, 10, 10), 0);
        var b = new Finding("b", 0.5f, new PixelBox(0, 0, 10, 10), 1);

        var kept = Nms.ClassWise([a2, b, far, a], 0.5f);

        Assert.Equal([a, far, b], kept);
        Assert.Equal(4, Nms.ClassWise([a2, b, far, a], 0.9f).Count);
    }

    [Fact]
    public void Ultralytics_and_json_name_maps_parse_in_index_order()
    {
        Assert.Equal(["person", "traffic light"], ModelCatalog.ParseNames("{1: 'traffic light', 0: 'person'}"));
        Assert.Equal(["a", "b"], ModelCatalog.ParseNames("""{"0": "a", "1": "b"}"""));
    }
}
