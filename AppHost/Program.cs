using AdFlux.AppHost.Infrastructure;

Console.WriteLine("AppHost orchestration is being built; infrastructure smoke test:");
await using var pg = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions("/tmp/adflux-smoke/postgres"), Console.WriteLine);
await pg.EnsureDatabaseAsync("smokedb");
Console.WriteLine(pg.ConnectionStringFor("smokedb"));
await using var mq = await EmbeddedRabbitMq.StartAsync(new EmbeddedRabbitMqOptions("/tmp/adflux-smoke/rabbitmq"), Console.WriteLine);
Console.WriteLine(mq.ConnectionString);
