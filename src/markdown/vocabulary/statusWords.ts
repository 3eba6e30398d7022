import type { Status } from '../../model/types.js';

/**
 * Status words and emoji, per language. Each entry is a whole phrase as written in a status cell,
 * a `Status:` value or a bracketed title segment (`(abgeschlossen)`), compared lower-cased with
 * spaces collapsed. Words that often start an English title (`Open`) are left out. English forms with a tail (`Deferred to v1.2.0`) are patterns in `statuses.ts`.
 * A new language or style is one line here.
 */
export const STATUS_WORDS: Readonly<Record<string, Readonly<Record<Status, readonly string[]>>>> = {
  de: {
    done: ['abgeschlossen', 'erledigt', 'fertig', 'fertiggestellt', 'erreicht', 'umgesetzt', 'veröffentlicht', 'geliefert', 'implementiert', 'erfüllt'],
    'in-progress': ['in arbeit', 'in bearbeitung', 'laufend', 'begonnen', 'teilweise', 'in entwicklung', 'in umsetzung', 'aktiv'],
    planned: ['geplant', 'offen', 'ausstehend', 'nicht begonnen', 'vorgesehen', 'zu erledigen'],
    deferred: ['verschoben', 'zurückgestellt', 'pausiert', 'auf eis'],
    cancelled: ['abgebrochen', 'gestrichen', 'verworfen', 'abgesagt', 'entfällt'],
  },
  fr: {
    done: ['terminé', 'terminée', 'terminés', 'fini', 'finie', 'achevé', 'achevée', 'livré', 'livrée', 'réalisé', 'réalisée', 'fait', 'publié', 'publiée'],
    'in-progress': ['en cours', 'en développement', 'démarré', 'commencé', 'partiel', 'partielle'],
    planned: ['prévu', 'prévue', 'planifié', 'planifiée', 'à faire', 'à venir', 'non commencé', 'pas commencé'],
    deferred: ['reporté', 'reportée', 'en pause', 'suspendu', 'suspendue', 'différé'],
    cancelled: ['annulé', 'annulée', 'abandonné', 'abandonnée'],
  },
  es: {
    done: ['completado', 'completada', 'terminado', 'terminada', 'hecho', 'hecha', 'finalizado', 'finalizada', 'listo', 'lista', 'publicado', 'implementado', 'implementada'],
    'in-progress': ['en progreso', 'en curso', 'en desarrollo', 'parcial', 'iniciado', 'iniciada', 'en proceso'],
    planned: ['planificado', 'planificada', 'planeado', 'planeada', 'pendiente', 'previsto', 'prevista', 'por hacer', 'no iniciado'],
    deferred: ['pospuesto', 'pospuesta', 'aplazado', 'aplazada', 'en pausa'],
    cancelled: ['cancelado', 'cancelada', 'descartado', 'descartada'],
  },
  pt: {
    done: ['concluído', 'concluída', 'concluido', 'concluida', 'completo', 'completa', 'feito', 'feita', 'finalizado', 'finalizada', 'entregue', 'implementado', 'implementada', 'lançado', 'lançada'],
    'in-progress': ['em andamento', 'em progresso', 'em desenvolvimento', 'em curso', 'iniciado', 'iniciada'],
    planned: ['planejado', 'planejada', 'planeado', 'planeada', 'pendente', 'previsto', 'prevista', 'a fazer', 'não iniciado', 'não iniciada'],
    deferred: ['adiado', 'adiada', 'pausado', 'pausada'],
    cancelled: ['cancelado', 'cancelada', 'descartado', 'descartada'],
  },
  it: {
    done: ['completato', 'completata', 'fatto', 'terminato', 'terminata', 'rilasciato', 'rilasciata', 'concluso', 'conclusa'],
    'in-progress': ['in corso', 'in sviluppo', 'avviato', 'avviata'],
    planned: ['pianificato', 'pianificata', 'previsto', 'prevista', 'da fare', 'non iniziato'],
    deferred: ['rinviato', 'rinviata', 'sospeso', 'sospesa', 'posticipato'],
    cancelled: ['annullato', 'annullata', 'cancellato', 'cancellata'],
  },
  nl: {
    done: ['voltooid', 'klaar', 'gereed', 'afgerond', 'opgeleverd'],
    'in-progress': ['in uitvoering', 'bezig', 'gestart', 'in ontwikkeling'],
    planned: ['gepland', 'nog niet gestart'],
    deferred: ['uitgesteld', 'gepauzeerd'],
    cancelled: ['geannuleerd', 'geschrapt'],
  },
  ru: {
    done: ['завершено', 'завершена', 'завершён', 'завершен', 'готово', 'выполнено', 'сделано', 'закрыто', 'реализовано', 'выпущено'],
    'in-progress': ['в работе', 'в процессе', 'начато', 'частично', 'в разработке'],
    planned: ['запланировано', 'планируется', 'не начато', 'в планах', 'ожидает'],
    deferred: ['отложено', 'приостановлено'],
    cancelled: ['отменено', 'отменена', 'отказались'],
  },
  uk: {
    done: ['завершено', 'виконано', 'готово', 'зроблено'],
    'in-progress': ['в роботі', 'у роботі', 'в процесі', 'розпочато'],
    planned: ['заплановано', 'не розпочато'],
    deferred: ['відкладено'],
    cancelled: ['скасовано'],
  },
  zh: {
    done: ['完成', '已完成', '已实现', '已發布', '已发布', '已上线', '已交付', '已解决', '完成了', '已完成的'],
    'in-progress': ['进行中', '進行中', '开发中', '開發中', '部分完成', '实施中', '处理中'],
    planned: ['计划中', '計劃中', '未开始', '未開始', '待开始', '规划中', '待办', '计划', '待定'],
    deferred: ['推迟', '延期', '暂停', '暫停', '搁置', '擱置'],
    cancelled: ['取消', '已取消', '放弃', '已放弃', '废弃', '已废弃'],
  },
  ja: {
    done: ['完了', '済み', '実装済み', '対応済み', 'リリース済み', '達成'],
    'in-progress': ['進行中', '対応中', '作業中', '実装中', '一部完了', '開発中'],
    planned: ['予定', '未着手', '計画中', '未対応'],
    deferred: ['延期', '保留'],
    cancelled: ['中止', '取り消し', '見送り'],
  },
  ko: {
    done: ['완료', '완료됨'],
    'in-progress': ['진행 중', '진행중', '개발 중'],
    planned: ['예정', '계획', '계획됨', '시작 전'],
    deferred: ['보류', '연기'],
    cancelled: ['취소', '취소됨'],
  },
};

/**
 * Words that name a status only in brackets after a title (`Milestone 0: Scaffold (current)`,
 * `Thing [WIP]`): alone as a heading, `Current` is a horizon, not a marker.
 */
export const BRACKETED_STATUS_WORDS: Readonly<Record<string, Status>> = {
  current: 'in-progress',
  'current focus': 'in-progress',
  'currently working': 'in-progress',
  ongoing: 'in-progress',
  aktuell: 'in-progress',
  actuel: 'in-progress',
  actual: 'in-progress',
  atual: 'in-progress',
  текущая: 'in-progress',
  当前: 'in-progress',
  'to be updated': 'planned',
  tbd: 'planned',
};

// Emoji that authors use as status markers. Icons that mostly decorate a heading (🔄 workflows,
// 🏗️ architecture, 🔧 tooling) are left out on purpose: they would turn a group's items in progress.
// So are traffic lights (🟢 🟡 🔴): in a status column they tell health (on track, at risk), not
// progress — unless the document's own legend says what they mean (see `legend.ts`).
export const STATUS_EMOJI: Readonly<Record<Status, string>> = {
  done: '✅✔☑✓',
  'in-progress': '🚧⏳⌛👷',
  planned: '📅🔮🔜⬜☐🔲⚪',
  deferred: '⏸💤🧊⏭',
  cancelled: '❌✖✗✘🚫⛔❎☒🗑',
};

/** Marks inside `[ ]` that are not a plain tick: `[~]` and `[/]` are started, `[-]` dropped. */
export const CHECKBOX_MARKS: Readonly<Record<string, Status>> = {
  x: 'done',
  X: 'done',
  ' ': 'planned',
  '~': 'in-progress',
  '/': 'in-progress',
  '-': 'cancelled',
};

/** Words after a percentage that make it a progress figure: `99% complete`, `60 % done`, `80% fertig`. */
export const PROGRESS_WORDS = ['complete', 'completed', 'done', 'finished', 'implemented', 'fertig', 'erledigt', 'abgeschlossen', 'terminé', 'completado', 'concluído', 'concluída', 'завершено', '完成', '完了'];
