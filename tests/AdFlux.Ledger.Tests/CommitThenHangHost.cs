using AdFlux.ServiceDefaults;
using AdFlux.ServiceDefaults.Data;
using AdFlux.ServiceDefaults.Outbox;
using AdFlux.Video.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AdFlux.Ledger.Tests;

/// <summary>
/// The entry point of this test assembly run as a child process (<c>dotnet AdFlux.Ledger.Tests.dll
/// commit-then-hang …</c>): it hosts the video service, commits one event to its outbox as a
/// request handler would, says so on stdout and waits to be killed. Its broker address leads
/// nowhere, so the dispatcher cannot publish what was committed: a kill then lands between
/// commit and publish.
/// </summary>
public static class CommitThenHangHost
{
    public const string Command = "commit-then-hang";
    public const string CommittedLine = "committed";

    public static async Task<int> Main(string[] args)
    {
        if (args is not [Command, var database, var messaging, var eventId, var tenantId])
        {
            await Console.Error.WriteLineAsync($"usage: {Command} <video connection string> <messaging connection string> <event id> <tenant id>");
            return 2;
        }
        var video = new VideoHost(database, messaging);
        await using var scope = video.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseState<VideoDbContext>>().Migrated;
        var db = scope.ServiceProvider.GetRequiredService<VideoDbContext>();
        db.AddEvent(TestEvents.VideoUploaded(Guid.Parse(tenantId)) with { EventId = Guid.Parse(eventId) });
        await db.SaveChangesAsync();
        Console.WriteLine(CommittedLine);
        await Task.Delay(Timeout.Infinite);
        return 0;
    }

    private sealed class VideoHost(string database, string messaging) : WebApplicationFactory<AdFlux.Video.Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting($"ConnectionStrings:{ResourceNames.DatabaseOf(ResourceNames.Video)}", database);
            builder.UseSetting($"ConnectionStrings:{ResourceNames.Messaging}", messaging);
            builder.UseSetting("OTEL_SERVICE_NAME", ResourceNames.Video);
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
