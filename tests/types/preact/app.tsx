// A Preact app's TSX: <stages-quiz> with its attributes and the questionnaire property.
import type {} from 'stages-quiz/preact';
import 'stages-quiz/element';
import { useEffect, useRef } from 'preact/hooks';
import type { StagesQuizElement } from 'stages-quiz/element';

const myQuestionnaire = { id: 'my-quiz', version: '1.0.0' };

export function Quiz() {
  const ref = useRef<StagesQuizElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onComplete = (event: CustomEvent<{ stage: string }>) => console.log(event.detail.stage);
    element.addEventListener('stages-quiz:complete', onComplete);
    return () => element.removeEventListener('stages-quiz:complete', onComplete);
  }, []);
  return (
    <>
      <stages-quiz ref={ref} lang="es" cta-href="https://example.org/book" cta-label="Book a call" persist class="quiz" />
      <stages-quiz questionnaire={myQuestionnaire} mode="clinician" idle-minutes={5} />
      <stages-quiz questionnaire="intake" crisis="none" />
      {/* @ts-expect-error: only en and es */}
      <stages-quiz lang="fr" />
      {/* @ts-expect-error: mode is self or clinician */}
      <stages-quiz mode="admin" />
      {/* @ts-expect-error: the questionnaire is an object, an id or a URL, not a number */}
      <stages-quiz questionnaire={42} />
      {/* @ts-expect-error: cta-href is a string */}
      <stages-quiz cta-href={42} />
    </>
  );
}
