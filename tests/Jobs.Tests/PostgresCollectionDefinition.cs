using Vacances.TestSupport;

namespace Vacances.Jobs.Tests;

/// <summary>Shares one throwaway PostgreSQL cluster between this assembly's tests.</summary>
[CollectionDefinition(PostgresCollection.Name)]
public sealed class PostgresCollectionDefinition : PostgresCollection;
