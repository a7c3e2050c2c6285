using Vacances.TestSupport;

namespace Vacances.Jobs.Tests;

/// <summary>The PostgreSQL cluster shared by this project's test classes.</summary>
[CollectionDefinition(PostgresCollection.Name)]
public sealed class PostgresTests : PostgresCollection;
