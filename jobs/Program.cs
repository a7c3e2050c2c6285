using System.Globalization;
using Vacances.Jobs.Cli;

// Users read French (DESIGN §2); numbers in files stay invariant (each writer says so).
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
return await VacancesCli.RunAsync(args);
