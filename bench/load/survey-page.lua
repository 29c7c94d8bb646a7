-- wrk script: the survey page a respondent opens (GET), with a Swedish browser.
wrk.headers["Accept-Language"] = "sv-SE,sv;q=0.9"

function done(summary, latency, requests)
  io.write(string.format("requests=%d errors_status=%d p50_ms=%.2f p99_ms=%.2f rps=%.0f\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
