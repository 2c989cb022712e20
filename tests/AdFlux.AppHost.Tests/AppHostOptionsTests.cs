using AdFlux.AppHost.Orchestration;

namespace AdFlux.AppHost.Tests;

public sealed class AppHostOptionsTests
{
    [Fact]
    public void No_arguments_mean_the_default_ports_and_data_folder()
    {
        var options = AppHostOptions.Parse([], out var error);

        Assert.Equal("", error);
        Assert.NotNull(options);
        Assert.Equal(AppHostOptions.DefaultGatewayPort, options.GatewayPort);
        Assert.Equal(AppHostOptions.DefaultDashboardPort, options.DashboardPort);
        Assert.Null(options.DataDirectory);
        Assert.False(options.Fresh);
    }

    [Fact]
    public void Every_option_is_read()
    {
        var options = AppHostOptions.Parse(["--fresh", "--data", "/tmp/x", "--gateway-port", "6000", "--dashboard-port", "0"], out _);

        Assert.Equal(new AppHostOptions { Fresh = true, DataDirectory = "/tmp/x", GatewayPort = 6000, DashboardPort = 0 }, options);
    }

    [Theory]
    [InlineData("--gateway-port", "http", "http is not a port number.")]
    [InlineData("--dashboard-port", "70000", "70000 is not a port number.")]
    [InlineData("--data", null, "--data needs a value.")]
    [InlineData("--verbose", null, "Unknown option --verbose.")]
    public void Bad_arguments_are_refused_with_a_message_naming_them(string option, string? value, string message)
    {
        var options = AppHostOptions.Parse(value is null ? [option] : [option, value], out var error);

        Assert.Null(options);
        Assert.Equal(message, error);
    }
}
