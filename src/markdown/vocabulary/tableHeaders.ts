/**
 * Table header words per column role, per language, lower case. `PHASE_*` lists are whole headers
 * (`| Release |` is a release column, `| Release date |` is not); the others are words found
 * anywhere in a header (`| Target date |` has a date). A release or version column outranks a
 * milestone column, which outranks a time column (`| Quarter | Date | Release Version |`: the
 * releases are the phases, the quarter is when).
 */
export const PHASE_VERSION_HEADERS = ['version', 'release', 'release version', 'versions', 'releases', 'versión', 'versão', 'versione', 'версия', 'релиз', '版本', 'リリース', 'バージョン', '버전', '릴리스'];
export const PHASE_STEP_HEADERS = ['milestone', 'phase', 'sprint', 'iteration', 'stage', 'gate', 'fase', 'etapa', 'meilenstein', 'étape', 'jalon', 'hito', 'marco', 'этап', 'фаза', '阶段', '里程碑', 'マイルストーン', 'フェーズ', '단계'];
export const PHASE_TIME_HEADERS = ['quarter', 'period', 'horizon', 'timeframe', 'when', 'quartal', 'zeitraum', 'trimestre', 'período', 'квартал', '季度', '四半期'];

export const STATUS_HEADERS = ['status', 'state', 'progress', 'done', 'estado', 'stato', 'statut', 'état', 'situação', 'stand', 'статус', 'состояние', '状态', '狀態', '进度', '進捗', 'ステータス', '状況', '상태'];
export const METRIC_HEADERS = ['metric', 'metrics', 'kpi', 'kpis', 'measure', 'indicator', 'criteria', 'criterion', 'métrica', 'métrique', 'kennzahl', 'метрика', '指标', '指標'];
export const TITLE_HEADERS = [
  'feature', 'features', 'item', 'items', 'task', 'tasks', 'deliverable', 'deliverables', 'name', 'title', 'epic', 'epics', 'initiative', 'initiatives', 'work', 'capability', 'capabilities',
  'story', 'stories', 'objective', 'objectives', 'project', 'goal', 'goals', 'milestone', 'milestones',
  'funktion', 'aufgabe', 'fonctionnalité', 'tâche', 'funcionalidad', 'tarea', 'funcionalidade', 'tarefa', 'функция', 'задача', '功能', '任务', '特性', '機能', 'タスク', '기능',
];
export const DETAIL_HEADERS = [
  'description', 'details', 'detail', 'notes', 'note', 'summary', 'scope', 'comments', 'comment', 'changes', 'why', 'theme', 'focus',
  'beschreibung', 'thema', 'fokus', 'notizen', 'thème', 'descripción', 'tema', 'enfoque', 'descrição', 'foco', 'notas', 'описание', 'тема', '描述', '说明', '主题', '内容', 'テーマ', '説明', '설명',
];
export const DATE_HEADERS = [
  'date', 'eta', 'due', 'deadline', 'released', 'release date', 'target date', 'target release', 'initial release', 'ship date',
  'datum', 'termin', 'fecha', 'data', 'prazo', 'дата', 'срок', '日期', '时间', '発売日', '日付', '期限', '날짜',
];
export const WHEN_HEADERS = ['quarter', 'when', 'timeframe', 'timeline', 'period', 'quartal', 'zeitraum', 'trimestre', 'período', 'квартал', '季度', '四半期'];
export const TARGET_HEADERS = ['target', 'goal', 'threshold', 'ziel', 'objectif', 'objetivo', 'meta', 'цель', '目标', '目標'];
export const CURRENT_HEADERS = ['current', 'actual', 'today', 'now', 'baseline', 'aktuell', 'actuel', 'atual', 'текущее', '当前', '現在'];
export const TAG_HEADERS = ['owner', 'team', 'area', 'component', 'category', 'tag', 'tags', 'label', 'labels', 'priority', 'type', 'priorität', 'priorité', 'prioridad', 'prioridade', 'приоритет', '优先级', '優先度', '负责人', '担当'];

/** Headers of a legend table (`| Emoji | Meaning |`): its rows define marks, they are not work. */
export const LEGEND_HEADERS = ['emoji', 'icon', 'symbol', 'mark', 'marker', 'legend', 'meaning', 'key', 'símbolo', 'significado', 'bedeutung', 'symbole', 'signification', 'значение', '图例', '含义', '記号', '意味'];
