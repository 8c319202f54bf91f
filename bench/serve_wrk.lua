-- wrk script for bench/serve.py: a list of request paths, a fixed number of answers, and
-- the latency percentiles printed as one JSON line.
--
--   wrk -t1 -c32 -d120s --timeout 30s -s bench/serve_wrk.lua http://127.0.0.1:PORT -- PATHS N
--
-- PATHS: a file with one request path per line (e.g. /api/articles?q=presiden&offset=20),
-- requested in turn and wrapped around. N: answers to wait for; then the thread stops and
-- interrupts wrk (as Ctrl-C does), so -d is only an upper bound. Meant for -t1 (with more
-- threads, the first to reach N ends the run). 0: run for -d.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } timespec_t;
  int clock_gettime(int clk_id, timespec_t *tp);
  int getpid(void);
  int kill(int pid, int sig);
]]
local ts = ffi.new("timespec_t")
local function now()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) + tonumber(ts.tv_nsec) / 1e9
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
end

local requests = {}
local i = 0
local limit = 0
answered = 0
t_first = 0
t_last = 0

function init(args)
  limit = tonumber(args[2] or "0") or 0
  for line in io.lines(args[1]) do
    if #line > 0 then
      requests[#requests + 1] = wrk.format("GET", line)
    end
  end
  if #requests == 0 then
    error("no paths in " .. tostring(args[1]))
  end
end

function request()
  if t_first == 0 then
    t_first = now()
  end
  i = i % #requests + 1
  return requests[i]
end

function response(status, headers, body)
  answered = answered + 1
  t_last = now()
  if limit > 0 and answered == limit then
    wrk.thread:stop()
    ffi.C.kill(ffi.C.getpid(), 2) -- SIGINT: wrk's main thread stops waiting for -d
  end
end

function done(summary, latency, requests_stats)
  local n, wall = 0, 0
  for _, t in ipairs(threads) do
    n = n + t:get("answered")
    wall = math.max(wall, t:get("t_last") - t:get("t_first"))
  end
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests": %d, "answered": %d, "wall_s": %.4f, "bytes": %d, "p50_us": %d, '
      .. '"p95_us": %d, "p99_us": %d, "max_us": %d, "errors_status": %d, '
      .. '"errors_socket": %d, "timeouts": %d}\n',
    summary.requests, n, wall, summary.bytes,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write, e.timeout))
end
