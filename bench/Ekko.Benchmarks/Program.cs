using BenchmarkDotNet.Running;
using Ekko.Benchmarks;

// "load ..." drives a running server over HTTP; "pipeline" times the text pipeline on a database; anything else goes to BenchmarkDotNet.
return args.Length > 0 && args[0] == "load" ? await LoadGenerator.RunAsync(args)
    : args.Length > 0 && args[0] == "pipeline" ? await PipelineThroughput.RunAsync(args)
    : RunBenchmarks(args);

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(IngestionBenchmarks).Assembly).Run(args);
    return 0;
}
