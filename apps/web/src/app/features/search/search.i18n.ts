/** The search results page's words. */
export const searchZhCN = {
  searchPage: {
    title: '搜索',
    lead: '质量案例、公告、惠企机会和会员名录中您有权查看的内容；频道和征求意见上线后一并纳入。',
    all: '全部',
    kinds: {
      case: '案例',
      announcement: '公告',
      opportunity: '惠企机会',
      member: '会员',
      message: '频道消息',
      consultation: '征求意见',
    },
    found: '找到 {{total}} 条结果',
    foundAtLeast: '找到 {{total}}+ 条结果，最近的排在前面；换个更具体的说法可缩小范围',
    none: '没有找到与“{{q}}”相关的内容。可以换个说法，或试试拼音与繁体。',
    askSomething: '输入要查找的内容：支持简体、繁体、拼音（如 zhusu）与英文缩写（如 SPC）。',
    facets: { method: '方法', industry: '行业门类', year: '年份' },
    clear: '清除筛选',
  },
};
