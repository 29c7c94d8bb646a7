using Ekko.Server.Cli;

return await EkkoCommandLine.Create().Parse(args).InvokeAsync();

/// <summary>The entry point; <c>WebApplicationFactory&lt;Program&gt;</c> uses it to find this assembly in tests.</summary>
public partial class Program;
