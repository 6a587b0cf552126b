-- mt_direction.lua - direction from the envelope under the default policy:
-- an external unauthenticated client sending to the hospital is inbound
-- (phone kept), an SMTP-AUTH client writing outside is outbound (phone
-- tokenized), an internal client writing inside is internal (kept).
-- policy: default

local function die(msg)
  mt.echo("FAIL: " .. msg)
  error(msg)
end

local function message(conn, from, rcpt, auth)
  if auth then mt.macro(conn, SMFIC_MAIL, "{auth_authen}", auth, "i", "QID" .. from) end
  if mt.mailfrom(conn, "<" .. from .. ">") ~= nil then die("mailfrom " .. from) end
  if mt.rcptto(conn, "<" .. rcpt .. ">") ~= nil then die("rcptto " .. rcpt) end
  if mt.header(conn, "From", from) ~= nil then die("header From") end
  if mt.header(conn, "To", rcpt) ~= nil then die("header To") end
  if mt.header(conn, "Subject", "records") ~= nil then die("header Subject") end
  if mt.eoh(conn) ~= nil then die("eoh") end
  if mt.bodystring(conn, "Please call me back at (914) 880-1064 today.\r\n") ~= nil then die("body") end
  if mt.eom(conn) ~= nil then die("eom") end
  local r = mt.getreply(conn)
  if r ~= SMFIR_CONTINUE and r ~= SMFIR_ACCEPT then die("eom reply " .. tostring(r)) end
end

local function run()
  mt.startfilter(os.getenv("MEDMILTER"), "-f", "-c", os.getenv("MM_CONF"))
  local sock = os.getenv("MM_SOCK")

  -- inbound: external client, not authenticated, hospital recipient
  local c1 = mt.connect(sock, 50, 0.2)
  if c1 == nil then die("connect 1") end
  if mt.conninfo(c1, "mx.patients.example.net", "198.51.100.7") ~= nil then die("conninfo 1") end
  message(c1, "nancy@patients.example.net", "records@example-hospital.org", nil)
  if mt.eom_check(c1, MT_BODYCHANGE) then die("inbound: phone must be kept (no body change)") end
  if not mt.eom_check(c1, MT_HDRADD, "X-MedMilter-PHI") then die("inbound: PHI header") end
  mt.disconnect(c1)

  -- outbound: authenticated client (external address) writing outside
  local c2 = mt.connect(sock, 20, 0.2)
  if c2 == nil then die("connect 2") end
  if mt.conninfo(c2, "laptop.example.net", "203.0.113.9") ~= nil then die("conninfo 2") end
  message(c2, "dr.martin@example-hospital.org", "colleague@other-clinic.example", "dr.martin")
  if not mt.eom_check(c2, MT_BODYCHANGE) then die("outbound: phone must be tokenized") end
  mt.disconnect(c2)

  -- internal: internal network, internal recipient
  local c3 = mt.connect(sock, 20, 0.2)
  if c3 == nil then die("connect 3") end
  if mt.conninfo(c3, "ws1.example-hospital.org", "10.1.2.3") ~= nil then die("conninfo 3") end
  message(c3, "nurse@example-hospital.org", "records@example-hospital.org", nil)
  if mt.eom_check(c3, MT_BODYCHANGE) then die("internal: phone must be kept") end
  mt.disconnect(c3)
end

local ok, err = pcall(run)
if not ok then
  mt.echo("ERROR: " .. tostring(err))
  error(err)
end
mt.echo("ALL OK")
