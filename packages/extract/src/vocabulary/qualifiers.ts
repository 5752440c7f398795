/** Words that make a figure an estimate or a target, and words that undo them. */
export const qualifierWords = {
  estimate: ['ước', 'ước đạt', 'ước tính', 'ước khoảng', 'dự kiến', 'dự ước', 'ước thực hiện', 'estimated', 'estimate', 'estimates', 'expected', 'projected', 'forecast'],
  /** A forecast's or a scenario's words: a figure for a later year they govern is an estimate, not a plan (`Under the base case, ICT revenue reaches VND19.1 trillion in 2025`). */
  forecast: ['forecast', 'forecasts', 'projected', 'projection', 'projections', 'base case', 'base-case', 'high case', 'low case', 'scenario', 'dự báo', 'kịch bản'],
  /** Plans, goals and requests (`đề nghị … bảo đảm đạt khoảng 5%` asks for a figure: a target). */
  target: [
    'kế hoạch', 'chỉ tiêu', 'phấn đấu', 'mục tiêu', 'đặt ra', 'đề ra', 'đề nghị', 'yêu cầu', 'bảo đảm đạt', 'cần đạt', 'phải đạt', 'định hướng',
    'target', 'targets', 'aims', 'aim', 'aiming', 'plans to', 'plan to', 'plan is', 'plan calls for', 'goal', 'strives', 'seeks to', 'expects to reach', 'is set to', 'hopes to', 'we want', 'wants',
  ],
  /** A target word after these is about meeting a target, not setting one (`vượt mức kế hoạch`, `đạt 8/10 chỉ tiêu`). */
  targetNegations: ['hoàn thành', 'vượt', 'vượt mức', 'đạt được', 'đạt', 'đạt và vượt', 'so với', 'bằng', 'thực hiện', 'hoàn thành vượt mức', 'chưa đạt', 'đáp ứng', 'đáp ứng được', 'exceeded', 'met', 'meets', 'of the', 'of its', 'beat', 'missed'],
  /** A target word in a clause these open right after a figure (`vượt chỉ tiêu 50% mà Nghị quyết đề ra; …`) is that figure's alone. */
  relativeOpeners: ['mà', 'which', 'that'],
  /** Words between a negation and the target word (`hoàn thành các chỉ tiêu`). */
  targetNegationFillers: ['các', 'những', 'nhiều', 'mức', 'the', 'its'],
  /** A target word counted (`hai chỉ tiêu chưa đạt`, `các chỉ tiêu`) names indicators, not a target. */
  targetCounted: ['hai', 'ba', 'bốn', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'nhiều', 'một số', 'hầu hết', 'hầu hết các', 'tất cả', 'tất cả các', 'several', 'many', 'most', 'two', 'three'],
  /** A target word followed by these names indicators (`Các chỉ tiêu về bưu chính, viễn thông`, `chỉ tiêu thống kê`). */
  targetIndicatorSense: ['về', 'thống kê', 'đánh giá', 'phản ánh'],
  /** After a target and a comma, words that turn to the result (`kế hoạch 60%, ước thực hiện 58,3%`): the figure after them is no target. */
  /** Between the comma and the result words, a turn (`kế hoạch 80 triệu USD, song kết quả cả năm đạt 86,7 triệu USD`). */
  resultTurnLinks: ['song', 'nhưng', 'tuy nhiên', 'còn', 'but', 'however', 'while'],
  resultAfterTarget: ['thực hiện', 'ước thực hiện', 'ước cả năm', 'ước đạt', 'ước tính', 'kết quả', 'kết quả thực hiện', 'đạt được', 'actual', 'achieved', 'result', 'estimated'],
  /** Before a target word, verbs that set it (`đặt mục tiêu`): folded, `đặt` reads as `đạt` (met), so these are read with accents. */
  targetSetVerbs: ['đặt', 'đặt ra', 'xác lập'],
  /** After `chỉ tiêu`, words that make it mean `indicators` (`các chỉ tiêu chủ yếu`, `Một số chỉ tiêu chủ yếu năm 2023`), not a target. */
  indicatorSenseAfter: ['chủ yếu', 'chính', 'cơ bản', 'thống kê', 'sau', 'sau đây'],
  /** Before such `chỉ tiêu`, verbs that make it targets all the same (`UBND tỉnh giao ngành các chỉ tiêu chủ yếu: …`). */
  targetAssignedBefore: ['giao', 'đề ra', 'đặt ra', 'phấn đấu', 'xác định', 'phê duyệt'],
  /** After a target word, these make it a name or a count of indicators (`chỉ tiêu số 3`, `kế hoạch này`), or a request to speak (`đề nghị đọc số chính xác: …`). */
  targetNotAfter: ['số', 'và nhiệm vụ', 'này', 'kinh tế - xã hội', 'phát triển kinh tế', 'đạt và vượt', 'đều đạt', 'chưa đạt', 'đã đạt', 'đã hoàn thành', 'hoàn thành', 'được giao đều', 'đọc', 'phát biểu', 'trình bày', 'lưu ý', 'cho biết'],
};
