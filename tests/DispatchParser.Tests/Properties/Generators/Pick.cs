using FsCheck;
using FsCheck.Fluent;

namespace DispatchParser.Tests.Properties.Generators;

/// <summary>Small helpers over FsCheck's fluent API.</summary>
internal static class Pick
{
    /// <summary>One of the items (Gen.Elements would take a list as a single element through its params overload).</summary>
    public static Gen<T> From<T>(IEnumerable<T> items) => Gen.Elements(items.ToArray());

    /// <summary>An arbitrary from a generator and a shrinker.</summary>
    public static Arbitrary<T> WithShrinker<T>(this Gen<T> generator, Func<T, IEnumerable<T>> shrinker) => Arb.From(generator, shrinker);
}
