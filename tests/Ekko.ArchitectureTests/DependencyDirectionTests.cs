using System.Reflection;
using Ekko.Core.Data;
using Ekko.Data.Postgres;
using Ekko.Data.Sqlite;
using NetArchTest.Rules;

namespace Ekko.ArchitectureTests;

/// <summary>
/// Holds the dependency direction of docs/architecture.md: Server -> Data.* -> Core -> Analytics, Text (both pure);
/// Core knows no web stack and no database provider; nothing references Server.
/// </summary>
public sealed class DependencyDirectionTests
{
    private static readonly Assembly Analytics = typeof(Ekko.Analytics.Metric).Assembly;
    private static readonly Assembly Text = typeof(Ekko.Text.TextAnalyzer).Assembly;
    private static readonly Assembly Core = typeof(EkkoDbContext).Assembly;
    private static readonly Assembly Sqlite = typeof(SqliteDatabase).Assembly;
    private static readonly Assembly Postgres = typeof(PostgresDatabase).Assembly;
    private static readonly Assembly Server = typeof(Program).Assembly;

    // Identity's EF stores live in a Microsoft.AspNetCore.Identity namespace but are not the web stack; these are.
    private static readonly string[] WebStack =
    [
        "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Components", "Microsoft.AspNetCore.Authentication",
    ];

    [Fact]
    public void Analytics_is_pure_no_other_ekko_project_no_database_no_web() =>
        AssertNone(Analytics, [.. WebStack, "Ekko.Core", "Ekko.Data", "Ekko.Server", "Microsoft.EntityFrameworkCore", "System.Data", "System.Net"]);

    [Fact]
    public void Text_is_pure_no_other_ekko_project_no_database_no_web() =>
        AssertNone(Text, [.. WebStack, "Ekko.Analytics", "Ekko.Core", "Ekko.Data", "Ekko.Server", "Microsoft.EntityFrameworkCore", "System.Data", "System.Net"]);

    [Fact]
    public void Classes_in_text_are_sealed_unless_they_are_static()
    {
        var result = Types.InAssembly(Text).That().AreClasses().And().AreNotAbstract().And().AreNotNested().And().AreNotStatic()
            .And().DoNotHaveNameStartingWith("<").Should().BeSealed().GetResult();
        Assert.True(result.IsSuccessful, $"not sealed: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Classes_in_analytics_are_sealed_unless_they_are_static()
    {
        var result = Types.InAssembly(Analytics).That().AreClasses().And().AreNotAbstract().And().AreNotNested().And().AreNotStatic()
            .And().DoNotHaveNameStartingWith("<").Should().BeSealed().GetResult();
        Assert.True(result.IsSuccessful, $"not sealed: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Core_does_not_depend_on_the_web_stack() => AssertNone(Core, WebStack);

    [Fact]
    public void Core_does_not_depend_on_a_database_provider_or_on_outer_projects() =>
        AssertNone(Core, "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.Data.Sqlite", "Npgsql", "Ekko.Data", "Ekko.Server");

    [Fact]
    public void Data_providers_depend_on_core_but_not_on_each_other_or_the_server()
    {
        AssertNone(Sqlite, "Npgsql", "Ekko.Data.Postgres", "Ekko.Server");
        AssertNone(Postgres, "Microsoft.Data.Sqlite", "Ekko.Data.Sqlite", "Ekko.Server");
        AssertNone(Sqlite, WebStack);
        AssertNone(Postgres, WebStack);
    }

    [Fact]
    public void No_project_references_the_server()
    {
        foreach (var assembly in new[] { Core, Sqlite, Postgres, Text, Analytics })
        {
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name == Server.GetName().Name);
        }
    }

    [Fact]
    public void Classes_in_core_are_sealed_unless_they_are_static()
    {
        var result = Types.InAssembly(Core).That().AreClasses().And().AreNotAbstract().And().AreNotNested().And().AreNotStatic()
            .And().DoNotHaveNameStartingWith("<").Should().BeSealed().GetResult();
        Assert.True(result.IsSuccessful, $"not sealed: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    private static void AssertNone(Assembly assembly, params string[] namespaces)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(namespaces).GetResult();
        Assert.True(result.IsSuccessful,
            $"{assembly.GetName().Name} must not depend on {string.Join(", ", namespaces)}; offending types: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
