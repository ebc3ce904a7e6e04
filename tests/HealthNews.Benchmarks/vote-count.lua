-- vote.lua, counting the answers: a vote is acknowledged by its 303; anything else is not. Printed when wrk is done.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Origin"] = os.getenv("BENCH_ORIGIN")
wrk.body = "luaChon=" .. os.getenv("BENCH_OPTION")

local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) acknowledged = 0; refused = 0 end
function response(status, headers, body)
  if status == 303 then acknowledged = acknowledged + 1 else refused = refused + 1 end
end
function done(summary, latency, requests)
  local a, r = 0, 0
  for _, t in ipairs(threads) do a = a + t:get("acknowledged"); r = r + t:get("refused") end
  io.write(string.format("acknowledged %d refused %d\n", a, r))
end
