-- wrk script: POST one survey response per request, each with a unique id (thread number + counter).
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id
end

request = function()
  counter = counter + 1
  local body = string.format(
    '{"id":"s-%d-%d","survey":"post-delivery","customer_id":"c-%d","touchpoint":"home-delivery","channel":"email",' ..
    '"submitted_at":"2026-03-02T08:01:00Z","language":"sv","metric":"nps","score":%d,' ..
    '"comment":"Paketet kom en vecka för sent.","attributes":{"campaign":"spring-sale","region":"Stockholm"}}',
    thread_id, counter, counter % 5000, counter % 11)
  return wrk.format("POST", "/api/v1/responses", nil, body)
end

function done(summary, latency, requests)
  local created = 0
  io.write(string.format("requests=%d errors_status=%d p50_ms=%.2f p99_ms=%.2f rps=%.0f\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
