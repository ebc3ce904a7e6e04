-- Each request is a new reader (no cookie), voting for the first option from the portal's own page.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Origin"] = os.getenv("BENCH_ORIGIN")
wrk.body = "luaChon=" .. os.getenv("BENCH_OPTION")
