namespace AdFlux.AppHost.Tests;

public sealed class AppHostOptionsTests
{
    [Fact]
    public void No_arguments_mean_the_default_gateway_port_and_data_folder()
    {
        var options = AppHostOptions.Parse([], out var error);

        Assert.Equal("", error);
        Assert.NotNull(options);
        Assert.Equal(AppHostOptions.DefaultGatewayPort, options.GatewayPort);
        Assert.Null(options.DataDirectory);
        Assert.False(options.Fresh);
        Assert.Empty(options.AspireArguments);
    }

    [Fact]
    public void AdFlux_options_are_read_and_the_rest_is_left_for_Aspire()
    {
        var options = AppHostOptions.Parse(["--fresh", "--publisher", "manifest", "--data", "/tmp/x", "--gateway-port", "6000", "--output-path", "m.json"], out _);

        Assert.NotNull(options);
        Assert.True(options.Fresh);
        Assert.Equal("/tmp/x", options.DataDirectory);
        Assert.Equal(6000, options.GatewayPort);
        Assert.Equal(["--publisher", "manifest", "--output-path", "m.json"], options.AspireArguments);
    }

    [Theory]
    [InlineData("--gateway-port", "http", "http is not a port number.")]
    [InlineData("--gateway-port", "70000", "70000 is not a port number.")]
    [InlineData("--data", null, "--data needs a value.")]
    public void Bad_arguments_are_refused_with_a_message_naming_them(string option, string? value, string message)
    {
        var options = AppHostOptions.Parse(value is null ? [option] : [option, value], out var error);

        Assert.Null(options);
        Assert.Equal(message, error);
    }
}
