-- Headless Neovim (0.7+) as a real editor client of `dispatch lsp`, with its built-in LSP client and
-- no plugin: attach the server to the opened dispatch, wait for the diagnostics, write them to a file;
-- add the agency tag at the end of the last paragraph (an ordinary buffer edit, sent by Neovim as an
-- incremental didChange in UTF-16 columns), wait until the diagnostic is gone, write again, stop.
--
--   DISPATCH_LSP_CMD='["dotnet","/path/dispatch.dll","lsp"]' DISPATCH_LSP_OUT=/tmp/out.json \
--   nvim --headless -n -i NONE -u NONE -c 'luafile lsp_test.lua' dispatch.txt
local out_path = os.getenv('DISPATCH_LSP_OUT')
local cmd = vim.fn.json_decode(os.getenv('DISPATCH_LSP_CMD'))
local results = { phases = {} }

local function finish(code)
  local file = io.open(out_path, 'w')
  file:write(vim.fn.json_encode(results))
  file:close()
  vim.cmd(code == 0 and 'qa!' or ('cquit ' .. code))
end

local function snapshot(phase, bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, {
      code = d.code or lsp.code, message = d.message, severity = d.severity,
      lnum = d.lnum, col = d.col, source = d.source or lsp.source,
    })
  end
  table.insert(results.phases, { phase = phase, diagnostics = list })
  return list
end

local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'dispatch',
    cmd = cmd,
    root_dir = vim.fn.getcwd(),
    on_exit = function(code) results.server_exit_code = code end,
  })
  assert(client_id, 'the client did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  assert(vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'no diagnostics after opening')
  snapshot('opened', bufnr)

  -- Add the tag the notice names at the end of the last paragraph (line index 3).
  local line = vim.api.nvim_buf_get_lines(bufnr, 3, 4, false)[1]
  vim.api.nvim_buf_set_lines(bufnr, 3, 4, false, { line .. ' (İLKHA)' })
  assert(vim.wait(30000, function() return #vim.diagnostic.get(bufnr) == 0 end, 50), 'the diagnostic did not disappear')
  snapshot('tag added', bufnr)

  -- Take it away again: the diagnostic comes back.
  vim.api.nvim_buf_set_lines(bufnr, 3, 4, false, { line })
  assert(vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50), 'the diagnostic did not come back')
  snapshot('tag removed', bufnr)

  local client = vim.lsp.get_client_by_id(client_id)
  results.offset_encoding = client.offset_encoding
  client.stop()
  vim.wait(15000, function() return results.server_exit_code ~= nil end, 50)
end)
if not ok then results.error = tostring(err) end
finish(ok and 0 or 3)
