-- Drives dwnet's language server from a headless Neovim with Neovim's own LSP client,
-- as a user would: open a topology, wait for diagnostics, apply the preferred quick fix
-- under the cursor through vim.lsp.buf.code_action(), hover, complete, run a code lens,
-- edit dwnet.config.json (Neovim 0.7 sends no file events) and fix all. It records what
-- the editor saw into DWNET_OUT as JSON; neovim.mjs checks it.
--
-- Started by neovim.mjs: nvim --headless --clean -c "luafile test/editors/neovim.lua"
-- with DWNET_FILE (the topology), DWNET_ROOT (its folder), DWNET_CMD (a JSON array: the
-- server's command line) and DWNET_OUT.

local file = os.getenv('DWNET_FILE')
local root = os.getenv('DWNET_ROOT')
local out = os.getenv('DWNET_OUT')
local cmd = vim.fn.json_decode(os.getenv('DWNET_CMD'))
local TIMEOUT = 20000

local version = vim.version()
local seen = { neovim = version.major .. '.' .. version.minor .. '.' .. version.patch, steps = {} }

local function write_and_quit()
  local handle = assert(io.open(out, 'w'))
  handle:write(vim.fn.json_encode(seen))
  handle:close()
  vim.cmd('qall!')
end

-- The server's window/showMessage notifications: where a code lens's answer appears.
seen.messages = {}
local show_message = vim.lsp.handlers['window/showMessage']
vim.lsp.handlers['window/showMessage'] = function(err, result, ctx, config)
  table.insert(seen.messages, result.message)
  return show_message(err, result, ctx, config)
end

-- A user picks from a list (code actions, several lenses on a line): take the preferred
-- action, else the first item. The item's shape changed across versions.
vim.ui.select = function(items, _, on_choice)
  local chosen = items[1]
  for _, item in ipairs(items) do
    local action = item.action or item[2]
    if type(action) == 'table' and action.isPreferred then
      chosen = item
      break
    end
  end
  on_choice(chosen, 1)
end

local function codes(bufnr)
  local list = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, diagnostic.code or vim.NIL)
  end
  table.sort(list, function(a, b)
    return tostring(a) < tostring(b)
  end)
  return list
end

local function wait_for(what, condition)
  if not vim.wait(TIMEOUT, condition, 50) then
    error('timed out waiting for ' .. what)
  end
end

local function find_line(bufnr, needle)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local column = line:find(needle, 1, true)
    if column then
      return index, column - 1
    end
  end
  error(needle .. ' is not in the buffer')
end

local function labels(result)
  local items = result and (result.items or result) or {}
  local list = {}
  for _, item in ipairs(items) do
    local label = item.label:gsub('"', '')
    table.insert(list, label)
  end
  table.sort(list)
  return list
end

local function complete_at(bufnr, needle, offset)
  local line, column = find_line(bufnr, needle)
  vim.api.nvim_win_set_cursor(0, { line, column + offset })
  local responses = vim.lsp.buf_request_sync(
    bufnr,
    'textDocument/completion',
    vim.lsp.util.make_position_params(),
    TIMEOUT
  )
  for _, response in pairs(responses or {}) do
    if response.result then
      return labels(response.result)
    end
  end
  return {}
end

local bufnr

local function start()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  bufnr = vim.api.nvim_get_current_buf()

  -- The README's set-up, in the API this Neovim has.
  local config = {
    name = 'dwnet',
    cmd = cmd,
    root_dir = root,
    -- Editor settings (workspace/configuration, section dwnet), as in the README.
    settings = { dwnet = { rules = { ['rg-sg-egress-missing'] = 'warning' } } },
    on_init = function(client, result)
      seen.server = result.serverInfo or vim.NIL
      -- Neovim 0.7 answers workspace/configuration without declaring it: settings
      -- reach the server this way (the README's 0.7–0.10 form does the same).
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
  }
  local client_id
  if vim.lsp.start then -- 0.8 and later
    client_id = vim.lsp.start(config)
  else -- 0.7
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  wait_for('the server to initialize', function()
    local client = vim.lsp.get_client_by_id(client_id)
    return client ~= nil and client.initialized
  end)
end

local function diagnostics()
  wait_for('diagnostics', function()
    return #vim.diagnostic.get(bufnr) > 0
  end)
  seen.diagnostics = codes(bufnr)
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    if diagnostic.code == 'rg-sg-egress-missing' then
      seen.egressSeverity = vim.diagnostic.severity[diagnostic.severity]
    end
  end
end

local function quick_fix()
  -- The quick fix: the cursor on the whitelist's underline, as a user would put it.
  local fixed_line = find_line(bufnr, '"whitelist": ["127.0.0.1"]')
  local whitelist
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    if diagnostic.code == 'whitelist-missing' then
      whitelist = diagnostic
    end
  end
  assert(whitelist, 'no whitelist-missing diagnostic')
  vim.api.nvim_win_set_cursor(0, { whitelist.lnum + 1, whitelist.col + 1 })
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.lsp.buf.code_action()
  wait_for('the quick fix', function()
    return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick
  end)
  seen.fixedLine = vim.api.nvim_buf_get_lines(bufnr, fixed_line - 1, fixed_line, false)[1]
  wait_for('diagnostics after the fix', function()
    return not vim.tbl_contains(codes(bufnr), 'whitelist-missing')
  end)
  seen.diagnosticsAfterFix = codes(bufnr)
end

local function hover()
  -- Hover on a property: its documentation from the schema, in Neovim's floating window.
  local engine_line, engine_column = find_line(bufnr, '"engine"')
  vim.api.nvim_win_set_cursor(0, { engine_line, engine_column + 2 })
  vim.lsp.buf.hover()
  local float
  wait_for('the hover window', function()
    for _, window in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(window).relative ~= '' then
        float = window
        return true
      end
    end
    return false
  end)
  seen.hover = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(float), 0, -1, false)
  vim.api.nvim_win_close(float, true)
end

local function completion()
  -- Completion: enum values from the schema (the file keeps its "$schema") and ids.
  seen.hostingCompletion = complete_at(bufnr, '"hosting": "', #'"hosting": "')
  seen.resourceGroupCompletion = complete_at(bufnr, '"resourceGroup": "', #'"resourceGroup": "')
end

local function code_lens()
  -- The code lens on the task, run where Neovim runs it: on the server.
  vim.lsp.codelens.refresh()
  wait_for('code lenses', function()
    return #vim.lsp.codelens.get(bufnr) > 0
  end)
  seen.lenses = {}
  for _, lens in ipairs(vim.lsp.codelens.get(bufnr)) do
    table.insert(seen.lenses, lens.command and lens.command.title or vim.NIL)
  end
  table.sort(seen.lenses)
  local task_line = find_line(bufnr, '"sync-orders-sh": {')
  vim.api.nvim_win_set_cursor(0, { task_line, 4 })
  vim.lsp.codelens.run()
  wait_for('the explanation', function()
    return #seen.messages > 0
  end)
end

local function config_file()
  -- dwnet.config.json written while the file is open: noticed without file events.
  local handle = assert(io.open(root .. '/dwnet.config.json', 'w'))
  handle:write('{ "rules": { "route-missing": "off" } }\n')
  handle:close()
  wait_for('the config file to apply', function()
    return not vim.tbl_contains(codes(bufnr), 'route-missing')
  end)
  seen.diagnosticsAfterConfig = codes(bufnr)
end

local function fix_all()
  -- The README's "fix all": the source action, picked from the list Neovim shows.
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  if vim.lsp.start then -- 0.8 and later: options, with the context inside
    vim.lsp.buf.code_action({ context = { only = { 'source.fixAll.dwnet' } }, apply = true })
  else -- 0.7: the context itself
    vim.lsp.buf.code_action({ only = { 'source.fixAll.dwnet' } })
  end
  wait_for('fix all', function()
    return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick
  end)
  wait_for('diagnostics after fix all', function()
    return #vim.diagnostic.get(bufnr) == 0
  end)
  seen.diagnosticsAfterFixAll = codes(bufnr)
end

-- Each step on its own: one that fails is recorded, and the next ones still run (none can
-- run without a server, though).
seen.errors = {}
for _, entry in ipairs({
  { 'start', start },
  { 'diagnostics', diagnostics },
  { 'quick fix', quick_fix },
  { 'hover', hover },
  { 'completion', completion },
  { 'code lens', code_lens },
  { 'config file', config_file },
  { 'fix all', fix_all },
}) do
  local ok, problem = pcall(entry[2])
  if ok then
    table.insert(seen.steps, entry[1])
  else
    seen.errors[entry[1]] = tostring(problem)
    if entry[1] == 'start' then
      break
    end
  end
end
write_and_quit()
