namespace AdFlux.MlDetection.Models;

/// <summary>The manifest's task names.</summary>
public static class ModelTasks
{
    public const string Objects = "objects";
    public const string Faces = "faces";
    public const string TextDetection = "text-detection";
    public const string TextRecognition = "text-recognition";
    public const string TextAngle = "text-angle";

    /// <summary>A user's YOLOv8 export dropped in the models folder.</summary>
    public const string YoloV8 = "objects-yolov8";
}
