-- wrk script of bench/checkin-benchmark.sh: every request a check-in with a key of its own.
-- Environment: API (bearer token), TOKEN (the checkpoint's QR token), RUNID (makes keys unique per run).
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  counter = 0
  prefix = "bench-" .. os.getenv("RUNID") .. "-" .. tid .. "-"
  headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. os.getenv("API") }
end
function request()
  counter = counter + 1
  local body = '{"token":"' .. os.getenv("TOKEN") .. '","clientKey":"' .. prefix .. counter .. '"}'
  return wrk.format("POST", "/api/v1/patrol/checkins", headers, body)
end
