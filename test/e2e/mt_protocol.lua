-- mt_protocol.lua - protocol cases a real Postfix does not easily produce:
-- NUL bytes in the body, abort mid-message, several messages on one
-- connection, missing macros, close without connect.

local function die(msg)
  mt.echo("FAIL: " .. msg)
  error(msg)
end

local function expect(conn, want, what)
  local got = mt.getreply(conn)
  if got ~= want then die(what .. ": unexpected reply " .. tostring(got)) end
end

local function run()
  mt.startfilter(os.getenv("MEDMILTER"), "-f", "-c", os.getenv("MM_CONF"))
  local sock = os.getenv("MM_SOCK")

  -- close without connect: open and drop a connection at once
  local c0 = mt.connect(sock, 50, 0.2)
  if c0 == nil then die("cannot connect to the filter") end
  mt.disconnect(c0)

  local conn = mt.connect(sock, 20, 0.2)
  if conn == nil then die("cannot reconnect after an empty connection") end
  -- no macros at all (no i, no auth): must still work
  if mt.conninfo(conn, "client.example.net", "192.0.2.10") ~= nil then die("conninfo") end
  expect(conn, SMFIR_CONTINUE, "connect")

  -- message 1: aborted in the middle of the headers
  if mt.mailfrom(conn, "<a@patients.example.net>") ~= nil then die("mailfrom 1") end
  if mt.rcptto(conn, "<contact@example-hospital.org>") ~= nil then die("rcptto 1") end
  if mt.header(conn, "Subject", "SSN 716-32-1342") ~= nil then die("header 1") end
  if mt.abort(conn) ~= nil then die("abort") end

  -- message 2 on the same connection: NUL bytes in the body, PHI after them
  if mt.mailfrom(conn, "<b@patients.example.net>") ~= nil then die("mailfrom 2") end
  if mt.rcptto(conn, "<contact@example-hospital.org>") ~= nil then die("rcptto 2") end
  if mt.header(conn, "From", "b@patients.example.net") ~= nil then die("header From") end
  if mt.header(conn, "Subject", "results") ~= nil then die("header Subject") end
  if mt.header(conn, "X-MedMilter-Priority", "urgent") ~= nil then die("forged header") end
  if mt.eoh(conn) ~= nil then die("eoh 2") end
  -- miltertest's bodystring stops at NUL: send the body from a file
  local path = os.getenv("MM_WORK") .. "/nul-body.txt"
  local fh = io.open(path, "wb")
  fh:write("line one\r\nbinary\0\0junk\r\nSSN 716-32-1342 here\r\n")
  fh:close()
  if mt.bodyfile(conn, path) ~= nil then die("body 2") end
  if mt.eom(conn) ~= nil then die("eom 2") end
  local r = mt.getreply(conn)
  if r ~= SMFIR_CONTINUE and r ~= SMFIR_ACCEPT then die("eom 2 reply " .. tostring(r)) end
  if not mt.eom_check(conn, MT_HDRADD, "X-MedMilter-Category") then die("no category header") end
  if not mt.eom_check(conn, MT_HDRDELETE, "X-MedMilter-Priority") then
    die("forged X-MedMilter-Priority not deleted")
  end
  if not mt.eom_check(conn, MT_BODYCHANGE) then die("SSN after NUL bytes not replaced") end

  -- message 3 on the same connection: nothing to change in the body
  if mt.mailfrom(conn, "<c@patients.example.net>") ~= nil then die("mailfrom 3") end
  if mt.rcptto(conn, "<info@example-hospital.org>") ~= nil then die("rcptto 3") end
  if mt.header(conn, "Subject", "parking") ~= nil then die("header 3") end
  if mt.eoh(conn) ~= nil then die("eoh 3") end
  if mt.bodystring(conn, "Where can I park?\r\n") ~= nil then die("body 3") end
  if mt.eom(conn) ~= nil then die("eom 3") end
  r = mt.getreply(conn)
  if r ~= SMFIR_CONTINUE and r ~= SMFIR_ACCEPT then die("eom 3 reply " .. tostring(r)) end
  if not mt.eom_check(conn, MT_HDRADD, "X-MedMilter-Scan") then die("no scan header") end
  if mt.eom_check(conn, MT_BODYCHANGE) then die("body replaced although nothing changed") end

  mt.disconnect(conn)
end

local ok, err = pcall(run)
if not ok then
  mt.echo("ERROR: " .. tostring(err))
  error(err)
end
mt.echo("ALL OK")
