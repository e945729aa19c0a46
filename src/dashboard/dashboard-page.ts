/**
 * The centre's dashboard: one static page and one script (no inline code, so helmet's
 * default Content-Security-Policy holds). The script signs in, then draws the campaign
 * report with ECharts (SVG renderer, numbers on every bar and step).
 */
export const DASHBOARD_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>就业桥 · 就业服务中心看板</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/dashboard/dashboard.css">
</head>
<body>
  <header><h1>就业桥 · 招聘活动看板</h1><select id="campaign" hidden></select></header>
  <form id="login" hidden>
    <label>用户名 <input name="username" autocomplete="username" required></label>
    <label>密码 <input name="password" type="password" autocomplete="current-password" required></label>
    <button type="submit">登录</button>
    <p id="login-error" role="alert"></p>
  </form>
  <section id="summary" hidden></section>
  <main id="charts" hidden>
    <div class="chart" data-chart="funnel"></div>
    <div class="chart" data-chart="communities"></div>
    <div class="chart" data-chart="weeks"></div>
    <div class="chart" data-chart="enterprises"></div>
  </main>
  <script src="/dashboard/echarts.min.js"></script>
  <script src="/dashboard/dashboard.js"></script>
</body>
</html>
`;

export const DASHBOARD_CSS = `
[hidden] { display: none !important; }
body { font-family: "PingFang SC", "Noto Sans CJK SC", sans-serif; margin: 0; background: #f5f7fa; color: #1f2d3d; }
header { display: flex; align-items: center; gap: 1rem; padding: 0.75rem 1.5rem; background: #c0392b; color: #fff; }
h1 { font-size: 1.2rem; margin: 0; }
form { margin: 3rem auto; max-width: 20rem; display: grid; gap: 0.75rem; }
#summary { display: flex; flex-wrap: wrap; gap: 0.75rem; padding: 1rem 1.5rem; }
#summary div { background: #fff; padding: 0.5rem 1rem; border-radius: 6px; }
#summary b { display: block; font-size: 1.4rem; }
main { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; padding: 0 1.5rem 1.5rem; }
.chart { background: #fff; height: 320px; border-radius: 6px; }
`;

export const DASHBOARD_JS = `
(function () {
  const STEPS = [['submitted', '投递'], ['intention', '意向'], ['interview', '面试'], ['offer', '录用'], ['placed', '就业']];
  const token = () => sessionStorage.getItem('jobbridge.token');
  const api = async (path) => {
    const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token() } });
    if (response.status === 401) { sessionStorage.removeItem('jobbridge.token'); showLogin(); throw new Error('signed out'); }
    if (!response.ok) throw new Error(path + ': ' + response.status);
    return response.json();
  };
  const $ = (selector) => document.querySelector(selector);

  function showLogin() { $('#login').hidden = false; $('#charts').hidden = true; $('#summary').hidden = true; }

  $('#login').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const response = await fetch('/auth/login', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: form.get('username'), password: form.get('password') }),
    });
    if (!response.ok) { $('#login-error').textContent = '用户名或密码错误'; return; }
    sessionStorage.setItem('jobbridge.token', (await response.json()).accessToken);
    $('#login').hidden = true;
    start();
  });

  async function start() {
    const campaigns = (await api('/campaigns?pageSize=100')).items;
    const select = $('#campaign');
    select.innerHTML = '';
    for (const campaign of campaigns) select.add(new Option(campaign.name + '（' + campaign.startsOn + ' 至 ' + campaign.endsOn + '）', campaign.id));
    select.hidden = campaigns.length === 0;
    select.onchange = () => draw(select.value);
    if (campaigns.length > 0) await draw(campaigns[0].id);
  }

  function chart(name, option) {
    const element = document.querySelector('[data-chart="' + name + '"]');
    const instance = echarts.getInstanceByDom(element) || echarts.init(element, null, { renderer: 'svg' });
    instance.setOption(Object.assign({ animation: false, tooltip: {} }, option), true);
  }

  async function draw(campaignId) {
    const report = await api('/campaigns/' + campaignId + '/report');
    const figures = [
      ['直播带岗', report.events.livestream], ['招聘会', report.events.fair], ['参与企业', report.enterprises],
      ['岗位', report.positions], ['招聘人数', report.headcount], ['直播观看', report.livestreamViews],
    ].concat(STEPS.map(([step, label]) => [label, report.funnel[step]]));
    $('#summary').innerHTML = figures.map(([label, value]) => '<div data-figure="' + label + '">' + label + '<b>' + value + '</b></div>').join('');
    $('#summary').hidden = false;
    $('#charts').hidden = false;
    chart('funnel', {
      title: { text: '求职漏斗' },
      series: [{ type: 'funnel', sort: 'none', top: 40, label: { show: true, formatter: '{b}：{c}' },
        data: STEPS.map(([step, label]) => ({ name: label, value: report.funnel[step] })) }],
    });
    const bars = (title, rows, value) => ({
      title: { text: title }, grid: { left: 120, top: 40 },
      xAxis: { type: 'value' }, yAxis: { type: 'category', data: rows.map((row) => row.label) },
      series: [{ type: 'bar', data: rows.map(value), label: { show: true, position: 'right' } }],
    });
    chart('communities', bars('各社区就业人数', report.byCommunity, (row) => row.placed));
    chart('enterprises', bars('企业排行（就业）', report.topEnterprises, (row) => row.placed));
    chart('weeks', {
      title: { text: '每周趋势' }, legend: { top: 4, right: 16 }, grid: { top: 60 },
      xAxis: { type: 'category', data: report.byWeek.map((row) => row.label) }, yAxis: { type: 'value' },
      series: [
        { name: '投递', type: 'line', data: report.byWeek.map((row) => row.submitted), label: { show: true } },
        { name: '就业', type: 'line', data: report.byWeek.map((row) => row.placed), label: { show: true } },
      ],
    });
    document.body.dataset.ready = campaignId;
  }

  if (token()) start().catch(showLogin); else showLogin();
})();
`;
