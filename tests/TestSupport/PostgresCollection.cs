using Xunit;

namespace Vacances.TestSupport;

/// <summary>
/// xunit collection sharing one <see cref="PostgresCluster"/> between test classes: mark a class
/// <c>[Collection(PostgresCollection.Name)]</c> and take the cluster in its constructor.
/// xunit requires the definition in the test assembly, so each test project declares
/// <c>[CollectionDefinition(PostgresCollection.Name)] public sealed class X : PostgresCollection;</c>.
/// </summary>
public abstract class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    /// <summary>The collection name.</summary>
    public const string Name = "PostgreSQL";
}
