using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace HealthNews.Testing;

/// <summary>A test class (or test) that runs on SQL Server: skipped, with the reason, when no server is given.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SqlServerTestAttribute : Attribute;

/// <summary>
/// xUnit's own framework, except that without a SQL Server every test of a <see cref="SqlServerTestAttribute"/> class is
/// discovered as skipped with <see cref="TestSqlServer.SkipReason"/>, so the run counts and names what it could not do
/// instead of hiding it. xUnit 2 has no other way to skip a whole class at run time.
/// </summary>
public sealed class HealthNewsTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        private static readonly string SqlServerTest = typeof(SqlServerTestAttribute).AssemblyQualifiedName!;
        private static readonly string Fact = typeof(FactAttribute).AssemblyQualifiedName!;

        protected override bool FindTestsForMethod(
            ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            if (TestSqlServer.SkipReason is { } reason
                && testMethod.Method.GetCustomAttributes(Fact).Any()
                && (testMethod.TestClass.Class.GetCustomAttributes(SqlServerTest).Any() || testMethod.Method.GetCustomAttributes(SqlServerTest).Any()))
            {
                var skipped = new XunitSkippedDataRowTestCase(
                    DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
                return ReportDiscoveredTestCase(skipped, includeSourceInformation, messageBus);
            }
            return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
        }
    }

    // "Run all" discovers again through the executor: the same rule applies there.
    private sealed class Executor(AssemblyName assemblyName, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkExecutor(assemblyName, sourceProvider, diagnosticMessageSink)
    {
        protected override ITestFrameworkDiscoverer CreateDiscoverer() =>
            new Discoverer(AssemblyInfo, SourceInformationProvider, DiagnosticMessageSink);
    }
}
