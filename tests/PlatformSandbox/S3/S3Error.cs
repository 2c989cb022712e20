using System.Xml.Linq;

namespace AdFlux.PlatformSandbox.S3;

/// <summary>An S3 error: its HTTP status and the <c>&lt;Error&gt;</c> XML body S3 answers with (none for HEAD).</summary>
public sealed record S3Error(int Status, string Code, string Message, string? Resource = null)
{
    public async Task WriteAsync(HttpResponse response)
    {
        response.StatusCode = Status;
        if (HttpMethods.IsHead(response.HttpContext.Request.Method))
        {
            return;
        }
        var body = new XElement("Error",
            new XElement("Code", Code),
            new XElement("Message", Message),
            Resource is null ? null : new XElement("Resource", Resource),
            new XElement("RequestId", response.HttpContext.TraceIdentifier));
        response.ContentType = "application/xml";
        await response.WriteAsync(new XDocument(new XDeclaration("1.0", "UTF-8", null), body).Declaration + body.ToString(SaveOptions.DisableFormatting));
    }
}
