using Vacances.TestSupport;

namespace Vacances.Ingest.Tests;

/// <summary>Shares one throwaway PostgreSQL cluster between this assembly's store tests.</summary>
[CollectionDefinition(PostgresCollection.Name)]
public sealed class PostgresCollectionDefinition : PostgresCollection;
