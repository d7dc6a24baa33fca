using DispatchParser.Fuzz.Targets;

namespace DispatchParser.Fuzz.Tests;

/// <summary>What run.sh leaves uninstrumented per target (Instrumentation.Describe, the lines it reads).</summary>
public sealed class InstrumentationTests
{
    [Fact]
    public void Core_leaves_the_per_character_tests_uninstrumented_and_differential_keeps_them()
    {
        // run.sh reads these lines: core's feedback skips the character classes, the grammar-vs-parser target's does not.
        string core = Instrumentation.Describe(FuzzTargets.Find("core")!), differential = Instrumentation.Describe(FuzzTargets.Find("differential")!);
        Assert.Contains("DispatchParser.Parsing.CharacterClasses", core);
        Assert.Contains("DispatchParser.Syntax.InternalSyntax.", core);
        Assert.DoesNotContain("CharacterClasses", differential);
        Assert.Contains("DispatchParser.Syntax.InternalSyntax.", differential);
    }
}
