-- vote.lua, counting the answers: a vote is acknowledged by its 303; anything else is not. Printed when wrk is done.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Origin"] = os.getenv("BENCH_ORIGIN")
wrk.body = "luaChon=" .. os.getenv("BENCH_OPTION")

local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) acknowledged = 0; refused = 0; statuses = "" end
function response(status, headers, body)
  if status == 303 then acknowledged = acknowledged + 1 else
    refused = refused + 1
    if not string.find(statuses, tostring(status), 1, true) then statuses = statuses .. " " .. status end
  end
end
function done(summary, latency, requests)
  local a, r, s = 0, 0, ""
  for _, t in ipairs(threads) do a = a + t:get("acknowledged"); r = r + t:get("refused"); s = s .. t:get("statuses") end
  io.write(string.format("acknowledged %d refused %d statuses%s\n", a, r, s))
end
