import { useRecommendationsContext } from '../context/useRecommendationsContext';
import type { ItemProps } from '../types';
import { slots } from '../utils/slots';

// Merchandising internals, not explanations a shopper should read.
const HIDDEN_REASONS = ['fallback', 'boosted', 'buried'];

/** The default item: image, title, price and, with `showReasons`, why it is there ("Because you viewed X"). */
export function ProductCard({ product, recommendation, showReasons, classNames }: ItemProps) {
  const { productHref, formatPrice } = useRecommendationsContext();
  const slot = slots(classNames);
  const { image, price } = product;
  return (
    <a {...slot('card')} href={productHref(product)}>
      <span {...slot('media')}>
        {image && (
          <img
            {...slot('image')}
            src={image.url}
            alt=""
            // React leaves out an attribute whose value is null, as it does undefined.
            width={image.width as number}
            height={image.height as number}
            loading="lazy"
          />
        )}
      </span>
      <span {...slot('name')}>{product.title}</span>{' '}
      <span {...slot('price')}>{price !== undefined && formatPrice(price, product.currency)}</span>
      {showReasons && ' '}
      {showReasons && (
        <span {...slot('reason')}>
          {recommendation.reasons.find((reason) => !HIDDEN_REASONS.includes(reason.kind))?.text}
        </span>
      )}
    </a>
  );
}
