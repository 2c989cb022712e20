using Xunit.Abstractions;
using Xunit.Sdk;

namespace AdFlux.AppHost.Tests;

/// <summary>
/// Runs <see cref="RunsLastAttribute"/> tests after the rest of their class: stopping the shared
/// system is itself a test, and a second system just to stop it would cost half a minute.
/// </summary>
public sealed class RunsLastOrderer : ITestCaseOrderer
{
    public const string TypeName = "AdFlux.AppHost.Tests.RunsLastOrderer";
    public const string AssemblyName = "AdFlux.AppHost.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase =>
        testCases
            .OrderBy(test => test.TestMethod.Method.GetCustomAttributes(typeof(RunsLastAttribute).AssemblyQualifiedName).Any())
            .ThenBy(test => test.TestMethod.Method.Name, StringComparer.Ordinal);
}
