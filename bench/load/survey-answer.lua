-- wrk script: a respondent's answer to a one-question NPS survey on the open link, as the page's form posts it.
-- Each request starts a new session and completes it, so each one stores a session and a response.
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/x-www-form-urlencoded" },
    string.format("question=nps&answer=%d", counter % 11))
end

function done(summary, latency, requests)
  io.write(string.format("requests=%d errors_status=%d p50_ms=%.2f p99_ms=%.2f rps=%.0f\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
