-- wrk script: POST batches of 1,000 survey responses, every response with a unique id.
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
  local items = {}
  for i = 1, 1000 do
    items[i] = string.format(
      '{"id":"b-%d-%d-%d","survey":"post-delivery","customer_id":"c-%d","touchpoint":"home-delivery","channel":"email",' ..
      '"submitted_at":"2026-03-02T08:01:00Z","language":"sv","metric":"nps","score":%d,' ..
      '"comment":"Paketet kom en vecka för sent.","attributes":{"campaign":"spring-sale","region":"Stockholm"}}',
      thread_id, counter, i, i % 5000, i % 11)
  end
  return wrk.format("POST", "/api/v1/responses/batch", nil, '{"items":[' .. table.concat(items, ",") .. ']}')
end

function done(summary, latency, requests)
  io.write(string.format("requests=%d errors_status=%d p50_ms=%.2f p99_ms=%.2f responses_per_s=%.0f\n",
    summary.requests, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests * 1000 / (summary.duration / 1e6)))
end
