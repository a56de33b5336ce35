-- Requests the paths given after "--" in turn: wrk ... -- <path> <path> ...
local paths, sent = {}, 0

init = function(args)
  for i = 1, #args do
    paths[#paths + 1] = args[i]
  end
end

request = function()
  sent = sent + 1
  return wrk.format(nil, paths[(sent - 1) % #paths + 1])
end
